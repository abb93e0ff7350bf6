using Conseil.Web.Infrastructure.PersonalData.Detection;
using Microsoft.AspNetCore.Html;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// A text with what the scan found highlighted for the secretariat: each finding in a <c>&lt;mark&gt;</c>, preceded
/// for screen readers by what it is. Every piece of the text is encoded; only the marks are markup.
/// </summary>
public static class MarkedText
{
    public static IHtmlContent Of(string text, IReadOnlyList<PersonalDataFinding> findings)
    {
        var html = new HtmlContentBuilder();
        var position = 0;
        foreach (var finding in findings.Where(f => f.Start >= 0 && f.End <= text.Length).OrderBy(f => f.Start))
        {
            if (finding.Start < position) continue;
            html.Append(text[position..finding.Start]);
            html.AppendHtml("<mark><span class=\"fr-sr-only\">").Append($"Donnée détectée, {finding.Label} : ").AppendHtml("</span>");
            html.Append(text[finding.Start..finding.End]).AppendHtml("</mark>");
            position = finding.End;
        }
        return html.Append(text[position..]);
    }
}
