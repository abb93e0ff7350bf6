using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>Writes a part or a chapter of a deliverable: « nouvelle » adds one at the end, an id edits or deletes that one.</summary>
public class SectionModel(DossierRights rights, AppDb db, DeliverableService service) : DraftPartPage(rights, db)
{
    [FromRoute] public string SectionId { get; set; } = "";
    [BindProperty] public SectionInput Input { get; set; } = new();

    protected override string Part => SectionId;
    protected override string Deleted => "La section est supprimée.";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => IsNew ? service.AddSectionAsync(Dossier, DeliverableId, Input, ct) : service.UpdateSectionAsync(Dossier, DeliverableId, Key, Input, ct),
            IsNew ? "La section est ajoutée à la fin du texte." : "La section est enregistrée.",
            d => DeliverablePaths.Deliverable(Id, d.Id), nameof(Input), ct);

    protected override async Task FillAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            Input = new SectionInput { Level = SectionLevel.Chapter };
            return;
        }
        var s = await Db.Set<DeliverableSection>().AsNoTracking().SingleAsync(x => x.Id == Key, ct);
        Input = new SectionInput { Level = s.Level, Title = s.Title, Text = s.Text };
    }

    protected override Task<WriteResult<Deliverable>> DeleteAsync(CancellationToken ct) => service.DeleteSectionAsync(Dossier, DeliverableId, Key, ct);

    protected override Task<bool> PartExistsAsync(CancellationToken ct) =>
        Db.Set<DeliverableSection>().AnyAsync(s => s.Id == Key && s.DeliverableId == DeliverableId, ct);
}
