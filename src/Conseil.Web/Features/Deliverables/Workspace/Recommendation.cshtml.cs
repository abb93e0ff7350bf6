using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>Writes a recommendation: « nouvelle » adds one at the end of its theme, an id edits or deletes that one; the numbers follow.</summary>
public class RecommendationModel(DossierRights rights, AppDb db, DeliverableQueries queries, DeliverableService service) : DraftPartPage(rights, db)
{
    [FromRoute] public string RecommendationId { get; set; } = "";
    [BindProperty] public RecommendationInput Input { get; set; } = new();
    public int Number { get; private set; }
    public RecommendationChoices Choices { get; private set; } = new([], [], [], [], []);

    protected override string Part => RecommendationId;
    protected override string Deleted => "La préconisation est supprimée ; les suivantes sont renumérotées.";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => IsNew ? service.AddRecommendationAsync(Dossier, DeliverableId, Input, ct) : service.UpdateRecommendationAsync(Dossier, DeliverableId, Key, Input, ct),
            IsNew ? "La préconisation est ajoutée ; les numéros suivent l'ordre des thèmes." : "La préconisation est enregistrée.",
            d => DeliverablePaths.Deliverable(Id, d.Id) + "#preconisations", nameof(Input), ct);

    /// <summary>A new one: medium priority, in the only theme if there is one.</summary>
    protected override async Task FillAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            Input = new RecommendationInput { Priority = RecommendationPriority.Medium, ThemeId = Choices.Themes.Count == 1 ? int.Parse(Choices.Themes[0].Value) : null };
            return;
        }
        var r = await Db.Set<Recommendation>().AsNoTracking().Include(x => x.Addressees).Include(x => x.Evidence).AsSplitQuery().SingleAsync(x => x.Id == Key, ct);
        Input = new RecommendationInput
        {
            ThemeId = r.ThemeId, Title = r.Title, Text = r.Text, Priority = r.Priority,
            AddresseeIds = [.. r.Addressees.Select(a => a.OrganisationId)],
            HearingIds = [.. r.Evidence.Where(e => e.HearingId != null).Select(e => e.HearingId!.Value)],
            ContributionIds = [.. r.Evidence.Where(e => e.ContributionId != null).Select(e => e.ContributionId!.Value)],
            DocumentIds = [.. r.Evidence.Where(e => e.DocumentId != null).Select(e => e.DocumentId!.Value)],
        };
    }

    protected override Task<WriteResult<Deliverable>> DeleteAsync(CancellationToken ct) => service.DeleteRecommendationAsync(Dossier, DeliverableId, Key, ct);

    protected override async Task<bool> PartExistsAsync(CancellationToken ct)
    {
        if (await Db.Set<Recommendation>().Where(r => r.Id == Key && r.DeliverableId == DeliverableId).Select(r => (int?)r.Number).SingleOrDefaultAsync(ct) is not { } number)
            return false;
        Number = number;
        return true;
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await base.LoadAsync(ct)) return false;
        if (Dossier.MayLead) Choices = await queries.ChoicesAsync(Id, DeliverableId, ct);
        return true;
    }
}
