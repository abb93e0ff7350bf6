namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// A deliverable's text as <c>_Text.cshtml</c> shows it, from a draft or a saved version: the sections, then the
/// recommendations by theme with their anchors. Editable adds the buttons of the rapporteur; Evidence, what supports each.
/// </summary>
public sealed record TextView(DraftSnapshot Text, int DossierId, int DeliverableId, bool Editable, ILookup<int, EvidenceLine>? Evidence = null)
{
    public const string Partial = "~/Features/Deliverables/Workspace/_Text.cshtml";

    /// <summary>The heading level of a section: a part under the page's title, a chapter under a part.</summary>
    public static int LevelOf(SectionSnapshot section) => section.Level == nameof(SectionLevel.Part) ? 2 : 3;
}
