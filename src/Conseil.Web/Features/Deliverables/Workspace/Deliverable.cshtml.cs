using Conseil.Web.Features.Deliverables.Adoption;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// A deliverable's draft: its text with the numbered recommendations, and for its co-leads, rapporteur and the
/// secretariat the moves, the themes and the saving of a version, each a form of its own.
/// </summary>
public class DeliverableModel(DossierRights rights, DeliverableQueries queries, DeliverableService service, VersionService versions, AdoptionService adoption)
    : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    public DraftView Draft { get; private set; } = null!;
    public ThemeInput NewTheme { get; private set; } = new();
    public VersionInput NewVersion { get; private set; } = new();
    public HandoverInput Handover { get; private set; } = new();

    /// <summary>Whether the text may still change: a draft, not an adopted text.</summary>
    public bool Writable => Dossier.MayLead && !Draft.Deliverable.IsAdopted;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    public Task<IActionResult> OnPostMoveSectionAsync(int sectionId, int direction, CancellationToken ct) =>
        WriteAsync(() => service.MoveSectionAsync(Dossier, DeliverableId, sectionId, direction, ct), "Le texte est réordonné.", d => Here(d) + $"#section-{sectionId}", "", ct);

    public Task<IActionResult> OnPostMoveRecommendationAsync(int recommendationId, int direction, CancellationToken ct) =>
        WriteAsync(() => service.MoveRecommendationAsync(Dossier, DeliverableId, recommendationId, direction, ct),
            "La préconisation est déplacée ; les numéros suivent le nouvel ordre.", d => Here(d) + "#preconisations", "", ct);

    public Task<IActionResult> OnPostMoveThemeAsync(int themeId, int direction, CancellationToken ct) =>
        WriteAsync(() => service.MoveThemeAsync(Dossier, DeliverableId, themeId, direction, ct),
            "Le thème est déplacé ; les préconisations sont renumérotées.", d => Here(d) + "#themes", "", ct);

    public Task<IActionResult> OnPostDeleteThemeAsync(int themeId, CancellationToken ct) =>
        WriteAsync(() => service.DeleteThemeAsync(Dossier, DeliverableId, themeId, ct), "Le thème est supprimé.", d => Here(d) + "#themes", "", ct);

    public async Task<IActionResult> OnPostRenameThemeAsync(int themeId, CancellationToken ct)
    {
        var input = await BindFormAsync<ThemeInput>("Rename");
        // One field per theme: an error goes to the summary at the top, not beside a field it could not name.
        foreach (var error in ModelState.Where(e => e.Key.StartsWith("Rename", StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).ToList())
            ModelState.AddModelError("", error.ErrorMessage);
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Rename", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.ErrorCount > 0) ModelState.AddModelError("", "Le thème n'a pas été renommé.");
        return await WriteAsync(() => service.RenameThemeAsync(Dossier, DeliverableId, themeId, input, ct), "Le thème est renommé.", d => Here(d) + "#themes", "", ct);
    }

    public async Task<IActionResult> OnPostAddThemeAsync(CancellationToken ct)
    {
        NewTheme = await BindFormAsync<ThemeInput>(nameof(NewTheme));
        return await WriteAsync(() => service.AddThemeAsync(Dossier, DeliverableId, NewTheme, ct), "Le thème est ajouté.", d => Here(d) + "#themes", nameof(NewTheme), ct);
    }

    public async Task<IActionResult> OnPostSaveVersionAsync(CancellationToken ct)
    {
        NewVersion = await BindFormAsync<VersionInput>(nameof(NewVersion));
        return await WriteAsync(() => versions.SaveAsync(Dossier, DeliverableId, NewVersion, ct),
            "La version est enregistrée.", v => DeliverablePaths.Version(Id, DeliverableId, v.Number), nameof(NewVersion), ct);
    }

    public async Task<IActionResult> OnPostHandOverAsync(CancellationToken ct)
    {
        Handover = await BindFormAsync<HandoverInput>(nameof(Handover));
        return await WriteAsync(() => adoption.HandOverAsync(Dossier, DeliverableId, Handover, ct), "La date de remise est enregistrée.", Here, nameof(Handover), ct,
            Writers.Secretariat);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await queries.DraftAsync(Id, DeliverableId, ct) is not { } draft) return false;
        Draft = draft;
        return true;
    }

    private string Here(Deliverable deliverable) => DeliverablePaths.Deliverable(Id, deliverable.Id);
}
