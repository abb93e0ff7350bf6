using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>A deliverable's kind, title, presentation, adopting body and easy-to-read version (its co-leads, rapporteur, the secretariat).</summary>
public class DescriptionModel(DossierRights rights, AppDb db, DeliverableService service, ProgrammeChoices choices) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [BindProperty] public DeliverableInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public List<SelectListItem> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        if (!Dossier.MayLead) return Forbid();
        var d = await db.Deliverables.AsNoTracking().SingleAsync(x => x.Id == DeliverableId, ct);
        Input = new DeliverableInput { Kind = d.Kind, Title = d.Title, Summary = d.Summary, BodyId = d.BodyId, EasyRead = d.EasyRead };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => service.DescribeAsync(Dossier, DeliverableId, Input, ct), "La description du livrable est enregistrée.",
            d => DeliverablePaths.Deliverable(Id, d.Id), nameof(Input), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DeliverableTitleAsync(DeliverableId, ct) is not { } title) return false;
        Title = title;
        Bodies = await choices.BodiesAsync(ct);
        return true;
    }
}
