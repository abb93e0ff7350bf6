using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class PersonalDataDetectorTests
{
    private const string Contribution =
        "Mme L., suivie par le CCAS (tél. 06 12 34 56 78, courriel l.martin@exemple.fr), " +
        "NIR 2 06 12 75 111 005 64, demande un accompagnement.";

    [Fact]
    public void Every_kind_is_reported_in_order_with_where_it_stands()
    {
        var findings = PersonalDataDetector.Find(Contribution);

        findings.Select(f => (f.Kind, Contribution.Substring(f.Start, f.Length))).ShouldBe([
            (PersonalDataKind.Phone, "06 12 34 56 78"),
            (PersonalDataKind.Email, "l.martin@exemple.fr"),
            (PersonalDataKind.Nir, "2 06 12 75 111 005 64"),
        ]);
        findings.Select(f => f.Label).ShouldBe(["numéro de téléphone", "adresse électronique", "numéro de sécurité sociale (NIR)"]);
    }

    [Fact]
    public void Redaction_puts_a_French_placeholder_in_place_of_each() =>
        PersonalDataDetector.Redact(Contribution).ShouldBe(
            "Mme L., suivie par le CCAS (tél. [numéro de téléphone masqué], courriel [adresse électronique masquée]), " +
            "NIR [numéro de sécurité sociale masqué], demande un accompagnement.");

    [Fact]
    public void Redaction_skips_overlapping_or_out_of_range_findings()
    {
        var text = "abc 0612345678";
        PersonalDataDetector.Redact(text, [
            new(PersonalDataKind.Phone, 4, 10), new(PersonalDataKind.Nir, 5, 3), new(PersonalDataKind.Email, 12, 40),
        ]).ShouldBe("abc [numéro de téléphone masqué]");
    }

    [Theory]
    [InlineData("185057800608436")]
    [InlineData("1 85 05 78 006 084 36")]
    [InlineData("2 06 12 75 111 005 65")]
    [InlineData("0 61 23 45 67 812 34")]
    public void A_NIR_shaped_run_with_a_wrong_key_is_reported_as_nothing(string text) =>
        PersonalDataDetector.Find($"Référence : {text}.").ShouldBeEmpty();

    [Fact]
    public void Digits_inside_an_address_are_the_address_only()
    {
        var text = "écrire à 0612345678@sms.exemple.fr";
        PersonalDataDetector.Find(text).ShouldHaveSingleItem().Kind.ShouldBe(PersonalDataKind.Email);
    }

    [Fact]
    public void A_council_text_full_of_numbers_carries_no_personal_data() =>
        PersonalDataDetector.Find(
            "Séance du 12.03.2021 : en application de l'article L.311-2 du code de l'action sociale et des familles, " +
            "le budget 2020–2021 (1 234 567,89 €) est adopté. Siège : 14 avenue Duquesne, 75007 Paris. " +
            "Voir https://www.exemple.gouv.fr/hcts, dossier n° 2021-0045, délibération 15 du 05/03/2021.").ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void No_text_no_findings(string? text) => PersonalDataDetector.Find(text).ShouldBeEmpty();
}
