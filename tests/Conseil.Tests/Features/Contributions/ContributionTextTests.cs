using System.Text.Encodings.Web;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Features.Contributions;

/// <summary>The small pieces of the contributions: policy areas, receipts, the highlighted text.</summary>
public sealed class ContributionTextTests
{
    [Fact]
    public void Policy_areas_are_stored_by_name_in_the_reference_order_and_unknown_names_are_ignored()
    {
        PolicyAreas.Format([PolicyArea.LocalAction, PolicyArea.Disability]).ShouldBe("Disability,LocalAction");
        PolicyAreas.Parse("LocalAction, Disability,Inconnu,,").ShouldBe([PolicyArea.Disability, PolicyArea.LocalAction]);
        PolicyAreas.Parse(null).ShouldBeEmpty();
        PolicyAreas.All.Select(PolicyAreas.Of).ShouldBe(["Solidarités et inclusion", "Enfance et famille", "Hébergement d'urgence",
            "Autonomie et grand âge", "Handicap", "Action de proximité et travail dans les quartiers"]);
    }

    [Fact]
    public void A_receipt_is_random_and_easy_to_read_aloud()
    {
        var receipts = Enumerable.Range(0, 200).Select(_ => Receipts.New()).ToList();
        receipts.ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r, "^HCTS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"));
        receipts.Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public void Findings_are_marked_and_the_text_around_them_stays_text()
    {
        const string text = "<b>Appeler</b> au 06 39 98 12 34 & après";
        using var writer = new StringWriter();
        MarkedText.Of(text, PersonalDataDetector.Find(text)).WriteTo(writer, HtmlEncoder.Default);
        writer.ToString().ShouldBe("&lt;b&gt;Appeler&lt;/b&gt; au <mark><span class=\"fr-sr-only\">Donn&#xE9;e d&#xE9;tect&#xE9;e, num&#xE9;ro de t&#xE9;l&#xE9;phone : </span>"
            + "06 39 98 12 34</mark> &amp; apr&#xE8;s");
    }
}
