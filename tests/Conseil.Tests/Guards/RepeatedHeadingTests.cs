using AngleSharp.Html.Parser;
using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;

namespace Conseil.Tests.Guards;

/// <summary>
/// No page says the same thing twice in a row: a heading, or a table's visible caption, identical to the one just before
/// it. A table under a heading that names it keeps its caption for screen readers only (fr-table--no-caption).
/// Built from the matrix, so every page the workspace or the public reads joins the check.
/// </summary>
public sealed class RepeatedHeadingTests : AppTest
{
    public static TheoryData<string> Pages() => [.. AuthorizationMatrix.Rows
        .Where(r => r.Method == "GET" && r.Administrator == Access.Ok && !r.Pattern.StartsWith("/api", StringComparison.Ordinal)
            && !r.Pattern.StartsWith("/openapi", StringComparison.Ordinal) && !r.Pattern.Contains('.', StringComparison.Ordinal)
            && r.Pattern != "/sante")
        .Select(r => r.Url)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_heading_repeats_the_one_before_it(string url)
    {
        var response = await Factory.CreateClientAs(Roles.Administrator).GetAsync(url, Ct);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        var headings = document.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6, main caption")
            .Where(h => !h.ClassList.Contains("fr-sr-only") && h.Closest(".fr-table--no-caption") is null)
            .Select(h => string.Join(' ', h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

        headings.Zip(headings.Skip(1)).ShouldNotContain(pair => string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase),
            $"{url}: {string.Join(" | ", headings)}");
    }
}
