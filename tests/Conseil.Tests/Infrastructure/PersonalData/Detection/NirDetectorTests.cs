using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class NirDetectorTests
{
    // Keys checked by hand: 2061275111005 is a published example (key 64); 2930519004012 = 97 × 30211536124 − 16, so
    // its remainder is 81 and its key 16; the others by the rule in Samples, as written out in the test names.
    [Theory]
    [InlineData("2 06 12 75 111 005 64")]
    [InlineData("2 93 05 2A 004 012 16")]
    [InlineData("1 81 11 2B 123 045 84")]
    [InlineData("1 85 05 971 06 084 70")]
    [InlineData("185057800608491")]
    public void Hand_computed_NIRs_are_found(string nir) => Single(nir).ShouldBe((0, nir.Length));

    [Theory]
    [InlineData("1850578006084")]     // born in Yvelines
    [InlineData("2750899123456")]     // born abroad (99)
    [InlineData("293052A004012")]     // Corse-du-Sud
    [InlineData("181112B123045")]     // Haute-Corse
    [InlineData("1850597106084")]     // Guadeloupe: three-digit département
    [InlineData("7850599123456")]     // a temporary number (NIA)
    [InlineData("8123099123456")]     // month 30: incomplete civil status
    [InlineData("1855099123456")]     // month 50
    [InlineData("2852099123456")]     // month 20
    public void NIRs_made_by_the_rule_are_found_compact_grouped_and_dotted(string thirteen)
    {
        var nir = Samples.Valid(thirteen);
        foreach (var written in new[] { nir, Samples.Grouped(nir), Samples.Grouped(nir, "."), Samples.Grouped(nir, "\u00A0"), nir[..13] + " " + nir[13..] })
            Single($"NIR : {written}.").ShouldBe((6, written.Length), written);
    }

    [Fact]
    public void Lower_case_corsica_letters_count_as_upper_case() =>
        Single(Samples.Valid("293052A004012").Replace("2A", "2a", StringComparison.Ordinal)).ShouldBe((0, 15));

    [Theory]
    [InlineData("1850578006084")]
    [InlineData("293052A004012")]
    [InlineData("181112B123045")]
    public void A_wrong_key_is_not_a_NIR(string thirteen)
    {
        NirDetector.Find(Samples.WrongKey(thirteen)).ShouldBeEmpty();
        NirDetector.Find(Samples.Grouped(Samples.WrongKey(thirteen))).ShouldBeEmpty();
    }

    [Fact]
    public void The_format_example_of_the_carte_Vitale_has_a_wrong_key() =>
        NirDetector.Find("1 85 05 78 006 084 36").ShouldBeEmpty(); // its key is 91

    [Theory]
    [InlineData("5850578006084")]  // sex 5
    [InlineData("1851578006084")]  // month 15
    [InlineData("1854578006084")]  // month 45
    [InlineData("1850078006084")]  // month 00
    public void Impossible_fields_are_not_a_NIR_even_with_the_right_key(string thirteen) =>
        NirDetector.Find(Samples.Valid(thirteen)).ShouldBeEmpty();

    [Theory]
    [InlineData("1850578006084911")]
    [InlineData("91850578006084912")]
    [InlineData("X185057800608491")]
    [InlineData("185057800608491X")]
    public void Part_of_a_longer_run_is_not_a_NIR(string text) => NirDetector.Find(text).ShouldBeEmpty();

    [Fact]
    public void The_key_rule_reads_Corsica_as_19_and_18()
    {
        NirDetector.Key("293052A004012").ShouldBe(NirDetector.Key("2930519004012"));
        NirDetector.Key("181112B123045").ShouldBe(NirDetector.Key("1811118123045"));
        NirDetector.Key("12345").ShouldBeNull();
    }

    private static (int Start, int Length) Single(string text) =>
        NirDetector.Find(text).ShouldHaveSingleItem() is var f ? (f.Start, f.Length) : default;
}
