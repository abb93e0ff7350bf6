using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("01 42 75 80 00")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078")]
    [InlineData("0692 12 34 56")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33 (0) 1 42 75 80 00")]
    [InlineData("+33 06 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("+262 692 12 34 56")]
    [InlineData("+590 690 12 34 56")]
    [InlineData("+594 694 12 34 56")]
    [InlineData("+596 696 12 34 56")]
    [InlineData("+269 639 12 34 56")]
    [InlineData("+687 12 34 56")]
    [InlineData("+689 87 12 34 56")]
    public void French_numbers_are_found_in_a_sentence(string number)
    {
        var text = $"Vous pouvez joindre Mme Martin au {number}, de préférence le matin.";
        Samples.Spans(text, PhoneDetector.Find(text)).ShouldBe([number]);
    }

    [Fact]
    public void A_number_is_labelled_in_French() =>
        PhoneDetector.Find("0612345678").ShouldHaveSingleItem().Label.ShouldBe("numéro de téléphone");

    [Theory]
    [InlineData("Tél. : 06 12 34 56 78", "06 12 34 56 78")]
    [InlineData("(06.12.34.56.78)", "06.12.34.56.78")]
    [InlineData("appeler le 0612345678.", "0612345678")]
    [InlineData("tel:+33612345678;", "+33612345678")]
    [InlineData("« 06 12 34 56 78 »", "06 12 34 56 78")]
    public void Punctuation_around_a_number_is_left_out(string text, string number) =>
        Samples.Spans(text, PhoneDetector.Find(text)).ShouldBe([number]);

    [Theory]
    [InlineData("La séance du 12.03.2021 est reportée.")]
    [InlineData("Le rapport du 01.02.2021 et celui du 05/03/2021.")]
    [InlineData("Un budget de 1 234 567,89 € sur 2020–2021.")]
    [InlineData("Le siège est au 14 avenue Duquesne, 75007 Paris.")]
    [InlineData("En application de l'article L.311-2 et de l'article R. 314-1 du code.")]
    [InlineData("Entre 2019 et 2021, puis en 2022-2023.")]
    [InlineData("SIRET 130 005 481 00012, dossier n° 2021-0045.")]
    [InlineData("La valeur 3,0612345678 est arrondie.")]
    [InlineData("Référence 061234567890.")]
    [InlineData("Référence 10612345678.")]
    [InlineData("Les montants 01 02 03 04 € ne suffisent pas.")]
    [InlineData("06 12 34 56.78")]
    public void Dates_amounts_years_postcodes_and_references_are_not_numbers(string text) =>
        PhoneDetector.Find(text).ShouldBeEmpty();
}
