using Conseil.Web.Infrastructure.Markdown;

namespace Conseil.Tests.Infrastructure;

/// <summary>Members' Markdown renders, and whatever could run or fetch renders inert.</summary>
public sealed class MarkdownTextTests
{
    [Fact]
    public void Paragraphs_lists_emphasis_and_safe_links_render()
    {
        var html = MarkdownText.Render("Un **pilier** de l'État social.\n\n- aller-vers\n- formation\n\n[Le rapport](https://www.solidarites.gouv.fr/hcts)");
        html.ShouldContain("<strong>pilier</strong>");
        html.ShouldContain("<li>aller-vers</li>");
        html.ShouldContain("<a href=\"https://www.solidarites.gouv.fr/hcts\">Le rapport</a>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<iframe src=\"https://exemple.fr\"></iframe>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[cliquez](javascript:alert(1))")]
    [InlineData("[cliquez](JavaScript:alert(1))")]
    [InlineData("[cliquez](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![image](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("![pixel](https://traceur.example/p.gif)")]
    [InlineData("[ailleurs](//traceur.example)")]
    [InlineData("<javascript:alert(1)>")]
    public void Anything_that_could_run_or_fetch_is_inert(string markdown)
    {
        var html = MarkdownText.Render(markdown);
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<iframe");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        html.ShouldNotContain("href=\"data", Case.Insensitive);
        html.ShouldNotContain("href=\"//");
        // Text like « onerror= » may show, encoded; never inside a tag.
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<\w+[^>]*\son\w+\s*=").ShouldBeFalse();
    }

    [Fact]
    public void Headings_start_below_the_page_and_never_skip_a_level()
    {
        var html = MarkdownText.Render("## Pilotage\n\ntexte\n\n#### Détail", baseLevel: 4);
        html.ShouldContain("<h4");
        html.ShouldContain("<h5");
        html.ShouldNotContain("<h2");
        html.ShouldNotContain("<h6");
    }
}
