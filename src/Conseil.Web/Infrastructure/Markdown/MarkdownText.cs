using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Conseil.Web.Infrastructure.Markdown;

/// <summary>
/// Markdown written by members, rendered inert: raw HTML is not interpreted (it shows as text, encoded), a link
/// whose address is not http(s), mailto, a page of the site or an anchor becomes its plain text, and images are shown
/// as their description (no data: URI, no tracking pixel). Headings are placed below the page's own (the highest one
/// used in the text becomes level <c>baseLevel</c>, the next one used the level below, and so on), so that the outline stays right.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    public static IHtmlContent ToHtml(string? markdown, int baseLevel = 3) => new HtmlString(Render(markdown, baseLevel));

    public static string Render(string? markdown, int baseLevel = 3)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        // The levels used, in order, become baseLevel, baseLevel + 1…: a text that starts at « ## » or skips one still nests right.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var levels = headings.Select(h => h.Level).Distinct().Order().ToList();
        foreach (var heading in headings) heading.Level = Math.Min(6, baseLevel + levels.IndexOf(heading.Level));
        foreach (var link in document.Descendants<LinkInline>().ToList()) Neutralise(link);
        foreach (var auto in document.Descendants<AutolinkInline>().ToList())
            if (!IsSafe(auto.Url, auto.IsEmail)) auto.ReplaceBy(new LiteralInline(auto.Url));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Plain text of the Markdown, for a search index or a table cell.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static void Neutralise(LinkInline link)
    {
        if (!link.IsImage && IsSafe(link.Url, isEmail: false)) return;
        var text = link.IsImage ? "[image : " + Label(link) + "]" : Label(link);
        link.ReplaceBy(new LiteralInline(text));
    }

    private static string Label(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>http(s), mailto, a path of the site (« /… » not « //… ») or an anchor; nothing else.</summary>
    public static bool IsSafe(string? url, bool isEmail)
    {
        if (isEmail) return true;
        if (string.IsNullOrWhiteSpace(url)) return false;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('#')) return true;
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("/\\", StringComparison.Ordinal)) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }
}
