namespace Conseil.Web.Features.Contributions.Workspace;

/// <summary>The previous and next links of a list shown a page at a time (_Pager.cshtml).</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Link, string Label);
