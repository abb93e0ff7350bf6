using Conseil.Web.Data;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// Drafts a dossier's deliverables: their description, parts and chapters, themes and numbered recommendations,
/// renumbered after every change (<see cref="Numbering"/>), and the versions saved. Each change of a draft holds the
/// deliverable's write lock, so that two editors never interleave a renumbering. The caller has checked
/// <see cref="DossierSpace.MayLead"/>.
/// </summary>
public sealed class DeliverableService(AppDb db, DraftEditor drafts, TimeProvider clock)
{
    public async Task<WriteResult<Deliverable>> CreateAsync(DossierSpace dossier, DeliverableInput input, CancellationToken ct)
    {
        if (await BodyErrorAsync(input, ct) is { } error) return WriteResult<Deliverable>.Invalid([error]);
        var bodyId = input.BodyId ?? await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.BodyId).SingleAsync(ct);
        var deliverable = new Deliverable
        {
            DossierId = dossier.Id, Kind = input.Kind!.Value, Title = input.Title!.Trim(), Summary = input.Summary?.Trim() ?? "",
            EasyRead = input.EasyRead?.Trim() ?? "", BodyId = bodyId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Deliverables.Add(deliverable);
        await db.SaveChangesAsync(ct);
        return WriteResult<Deliverable>.Saved(deliverable);
    }

    public async Task<WriteResult<Deliverable>> DescribeAsync(DossierSpace dossier, int deliverableId, DeliverableInput input, CancellationToken ct)
    {
        if (await BodyErrorAsync(input, ct) is { } error) return WriteResult<Deliverable>.Invalid([error]);
        var dossierBody = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.BodyId).SingleAsync(ct);
        return await drafts.EditAsync(dossier, deliverableId, d =>
        {
            d.Kind = input.Kind!.Value;
            d.Title = input.Title!.Trim();
            d.Summary = input.Summary?.Trim() ?? "";
            d.EasyRead = input.EasyRead?.Trim() ?? "";
            d.BodyId = input.BodyId ?? dossierBody;
            return None;
        }, ct);
    }

    public Task<WriteResult<Deliverable>> AddSectionAsync(DossierSpace dossier, int deliverableId, SectionInput input, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            d.Sections.Add(Apply(new DeliverableSection { Title = "", Position = int.MaxValue }, input));
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> UpdateSectionAsync(DossierSpace dossier, int deliverableId, int sectionId, SectionInput input, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (d.Sections.SingleOrDefault(s => s.Id == sectionId) is not { } section) return null;
            Apply(section, input);
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> DeleteSectionAsync(DossierSpace dossier, int deliverableId, int sectionId, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (d.Sections.SingleOrDefault(s => s.Id == sectionId) is not { } section) return null;
            d.Sections.Remove(section);
            db.Remove(section);
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> MoveSectionAsync(DossierSpace dossier, int deliverableId, int sectionId, int direction, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (!IsDirection(direction) || d.Sections.SingleOrDefault(s => s.Id == sectionId) is not { } section) return null;
            Numbering.Compact(d.Sections);
            return Numbering.Move(d.Sections, section, direction, s => s.Position, (s, p) => s.Position = p)
                ? None : Refused(direction < 0 ? $"« {section.Title} » est déjà au début du texte." : $"« {section.Title} » est déjà à la fin du texte.");
        }, ct);

    public Task<WriteResult<Deliverable>> AddThemeAsync(DossierSpace dossier, int deliverableId, ThemeInput input, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            d.Themes.Add(new RecommendationTheme { Title = input.Title!.Trim(), Position = int.MaxValue });
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> RenameThemeAsync(DossierSpace dossier, int deliverableId, int themeId, ThemeInput input, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (d.Themes.SingleOrDefault(t => t.Id == themeId) is not { } theme) return null;
            theme.Title = input.Title!.Trim();
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> DeleteThemeAsync(DossierSpace dossier, int deliverableId, int themeId, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (d.Themes.SingleOrDefault(t => t.Id == themeId) is not { } theme) return null;
            if (d.Recommendations.Any(r => r.ThemeId == themeId))
                return Refused("Ce thème contient encore des préconisations : rattachez-les à un autre thème ou supprimez-les avant de le supprimer.");
            d.Themes.Remove(theme);
            db.Remove(theme);
            return None;
        }, ct);

    public Task<WriteResult<Deliverable>> MoveThemeAsync(DossierSpace dossier, int deliverableId, int themeId, int direction, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (!IsDirection(direction) || d.Themes.SingleOrDefault(t => t.Id == themeId) is not { } theme) return null;
            Numbering.Renumber(d.Themes, d.Recommendations);
            return Numbering.Move(d.Themes, theme, direction, t => t.Position, (t, p) => t.Position = p)
                ? None : Refused(direction < 0 ? "Ce thème est déjà le premier." : "Ce thème est déjà le dernier.");
        }, ct);

    public Task<WriteResult<Deliverable>> MoveRecommendationAsync(DossierSpace dossier, int deliverableId, int recommendationId, int direction, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (!IsDirection(direction) || d.Recommendations.SingleOrDefault(r => r.Id == recommendationId) is not { } recommendation) return null;
            Numbering.Renumber(d.Themes, d.Recommendations);
            var siblings = d.Recommendations.Where(r => r.ThemeId == recommendation.ThemeId).ToList();
            return Numbering.Move(siblings, recommendation, direction, r => r.Position, (r, p) => r.Position = p)
                ? None : Refused(direction < 0 ? "Cette préconisation est déjà la première de son thème." : "Cette préconisation est déjà la dernière de son thème.");
        }, ct);

    public Task<WriteResult<Deliverable>> DeleteRecommendationAsync(DossierSpace dossier, int deliverableId, int recommendationId, CancellationToken ct) =>
        drafts.EditAsync(dossier, deliverableId, d =>
        {
            if (d.Recommendations.SingleOrDefault(r => r.Id == recommendationId) is not { } recommendation) return null;
            d.Recommendations.Remove(recommendation);
            db.Remove(recommendation);
            return None;
        }, ct);

    /// <summary>Adds a recommendation at the end of its theme; the following ones are renumbered.</summary>
    public async Task<WriteResult<Deliverable>> AddRecommendationAsync(DossierSpace dossier, int deliverableId, RecommendationInput input, CancellationToken ct)
    {
        var links = await LinksAsync(dossier.Id, input, ct);
        return await drafts.EditAsync(dossier, deliverableId, d =>
        {
            var recommendation = new Recommendation { Title = "", Position = int.MaxValue };
            var errors = Apply(d, recommendation, input, links);
            if (errors.Count == 0) d.Recommendations.Add(recommendation);
            return errors;
        }, ct);
    }

    /// <summary>Edits a recommendation; moved to another theme, it goes to the end of that theme and every number follows.</summary>
    public async Task<WriteResult<Deliverable>> UpdateRecommendationAsync(DossierSpace dossier, int deliverableId, int recommendationId, RecommendationInput input, CancellationToken ct)
    {
        var links = await LinksAsync(dossier.Id, input, ct);
        return await drafts.EditAsync(dossier, deliverableId, d =>
            d.Recommendations.SingleOrDefault(r => r.Id == recommendationId) is { } recommendation
                ? Apply(d, recommendation, input, links) : null, ct);
    }

    private static readonly IReadOnlyList<RuleViolation> None = [];

    /// <summary>Up (-1) or down (+1); anything else names no move (404).</summary>
    private static bool IsDirection(int direction) => direction is -1 or 1;

    private static IReadOnlyList<RuleViolation> Refused(string message) => [new("", message)];

    private static DeliverableSection Apply(DeliverableSection section, SectionInput input)
    {
        section.Level = input.Level!.Value;
        section.Title = input.Title!.Trim();
        section.Text = input.Text?.Trim() ?? "";
        return section;
    }

    /// <summary>The addressees and evidence chosen, checked against the organisations and the dossier's own records.</summary>
    private sealed record Links(HashSet<int> Organisations, HashSet<int> Hearings, HashSet<int> Contributions, HashSet<int> Documents);

    private async Task<Links> LinksAsync(int dossierId, RecommendationInput input, CancellationToken ct)
    {
        var organisations = input.AddresseeIds.Distinct().ToList();
        var hearings = input.HearingIds.Distinct().ToList();
        var contributions = input.ContributionIds.Distinct().ToList();
        var documents = input.DocumentIds.Distinct().ToList();
        return new Links(
            [.. await db.Organisations.Where(o => organisations.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)],
            [.. await db.Hearings.Where(h => h.DossierId == dossierId && hearings.Contains(h.Id)).Select(h => h.Id).ToListAsync(ct)],
            [.. await db.Contributions.Where(c => c.DossierId == dossierId && c.Status == ContributionStatus.Accepted && contributions.Contains(c.Id))
                .Select(c => c.Id).ToListAsync(ct)],
            [.. await db.DossierDocuments.Where(d => d.DossierId == dossierId && documents.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct)]);
    }

    private static List<RuleViolation> Apply(Deliverable deliverable, Recommendation recommendation, RecommendationInput input, Links links)
    {
        var errors = new List<RuleViolation>();
        var theme = deliverable.Themes.SingleOrDefault(t => t.Id == input.ThemeId);
        if (theme is null) errors.Add(new(nameof(RecommendationInput.ThemeId), "Choisissez un thème de ce livrable."));
        if (input.AddresseeIds.Distinct().Count() != links.Organisations.Count)
            errors.Add(new(nameof(RecommendationInput.AddresseeIds), "Un des destinataires choisis n'existe pas : choisissez-les dans la liste des organismes."));
        if (input.HearingIds.Distinct().Count() != links.Hearings.Count)
            errors.Add(new(nameof(RecommendationInput.HearingIds), "Une des auditions choisies n'est pas une audition de ce dossier."));
        if (input.ContributionIds.Distinct().Count() != links.Contributions.Count)
            errors.Add(new(nameof(RecommendationInput.ContributionIds), "Une des contributions choisies n'est pas une contribution retenue pour ce dossier."));
        if (input.DocumentIds.Distinct().Count() != links.Documents.Count)
            errors.Add(new(nameof(RecommendationInput.DocumentIds), "Un des documents choisis n'est pas un document de ce dossier."));
        var linkCount = links.Hearings.Count + links.Contributions.Count + links.Documents.Count;
        if (links.Organisations.Count > RecommendationInput.MaxLinks || linkCount > RecommendationInput.MaxLinks)
            errors.Add(new("", $"Une préconisation compte au plus {RecommendationInput.MaxLinks} destinataires et {RecommendationInput.MaxLinks} appuis."));
        if (errors.Count > 0) return errors;

        if (recommendation.ThemeId != theme!.Id)
        {
            recommendation.Theme = theme;
            recommendation.Position = int.MaxValue;
        }
        recommendation.Title = input.Title!.Trim();
        recommendation.Text = input.Text?.Trim() ?? "";
        recommendation.Priority = input.Priority!.Value;
        recommendation.Addressees.RemoveAll(a => !links.Organisations.Contains(a.OrganisationId));
        recommendation.Addressees.AddRange(links.Organisations.Where(id => recommendation.Addressees.All(a => a.OrganisationId != id))
            .Select(id => new RecommendationAddressee { OrganisationId = id }));
        recommendation.Evidence.RemoveAll(e =>
            !(e.HearingId is { } h && links.Hearings.Contains(h) || e.ContributionId is { } c && links.Contributions.Contains(c)
              || e.DocumentId is { } doc && links.Documents.Contains(doc)));
        recommendation.Evidence.AddRange(links.Hearings.Where(id => recommendation.Evidence.All(e => e.HearingId != id)).Select(id => new RecommendationEvidence { HearingId = id }));
        recommendation.Evidence.AddRange(links.Contributions.Where(id => recommendation.Evidence.All(e => e.ContributionId != id)).Select(id => new RecommendationEvidence { ContributionId = id }));
        recommendation.Evidence.AddRange(links.Documents.Where(id => recommendation.Evidence.All(e => e.DocumentId != id)).Select(id => new RecommendationEvidence { DocumentId = id }));
        return errors;
    }

    private async Task<RuleViolation?> BodyErrorAsync(DeliverableInput input, CancellationToken ct) =>
        input.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)
            ? new RuleViolation(nameof(DeliverableInput.BodyId), "Choisissez l'instance dans la liste.") : null;
}
