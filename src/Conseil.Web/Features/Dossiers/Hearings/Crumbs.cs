namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>The breadcrumb of a page inside a dossier: the workspace, the dossier, then the given steps (the last is the page).</summary>
public sealed record Crumbs(DossierSpace Dossier, IReadOnlyList<(string Label, string? Href)> Trail)
{
    public const string Partial = "~/Features/Dossiers/Hearings/_Crumbs.cshtml";

    public static Crumbs Of(DossierSpace dossier, params (string Label, string? Href)[] trail) => new(dossier, trail);
}
