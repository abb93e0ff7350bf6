namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// A deliverable's text as <c>_Text.cshtml</c> shows it, from a draft or a saved version: the sections, then the
/// recommendations by theme with their anchors. Editable adds the buttons of the rapporteur; Amendable, the link to
/// propose an amendment; Evidence, what supports each recommendation.
/// </summary>
public sealed record TextView(DraftSnapshot Text, int DossierId, int DeliverableId, bool Editable, ILookup<int, EvidenceLine>? Evidence = null, bool Amendable = false)
{
    public const string Partial = "~/Features/Deliverables/Workspace/_Text.cshtml";
}
