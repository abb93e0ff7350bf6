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
    protected override string Deleted => $"« {PartTitle} » est supprimé du texte.";

    /// <summary>The title of the part or chapter as saved (empty for a new one).</summary>
    public string PartTitle { get; private set; } = "";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => IsNew ? service.AddSectionAsync(Dossier, DeliverableId, Input, ct) : service.UpdateSectionAsync(Dossier, DeliverableId, Key, Input, ct),
            IsNew ? $"« {Input.Title?.Trim()} » est ajouté à la fin du texte." : $"« {Input.Title?.Trim()} » est enregistré.",
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

    protected override async Task<bool> PartExistsAsync(CancellationToken ct)
    {
        if (await Db.Set<DeliverableSection>().Where(s => s.Id == Key && s.DeliverableId == DeliverableId).Select(s => s.Title).SingleOrDefaultAsync(ct) is not { } title)
            return false;
        PartTitle = title;
        return true;
    }
}
