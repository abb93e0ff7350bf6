using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>A dossier's deliverables, and the start of a new one (its co-leads, rapporteur and the secretariat).</summary>
public class DeliverablesModel(DossierRights rights, DeliverableQueries queries, DeliverableService service, ProgrammeChoices choices)
    : DeliverablePage(rights)
{
    [BindProperty] public DeliverableInput Input { get; set; } = new();
    public IReadOnlyList<DeliverableRow> List { get; private set; } = [];
    public List<SelectListItem> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.Kind = DeliverableKind.Report;
        return await EnterAsync(ct) ?? Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => service.CreateAsync(Dossier, Input, ct), "Le livrable est créé : rédigez ses parties, ses chapitres et ses préconisations.",
            d => DeliverablePaths.Deliverable(Id, d.Id), nameof(Input), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        List = await queries.ListAsync(Id, ct);
        if (Dossier.MayLead) Bodies = await choices.BodiesAsync(ct);
        return true;
    }
}
