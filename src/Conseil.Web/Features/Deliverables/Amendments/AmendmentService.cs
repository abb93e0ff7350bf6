using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Amendments;

/// <summary>
/// Proposes amendments (every member of the space who contributes: <see cref="DossierSpace.MayContribute"/>) and
/// decides them (<see cref="DossierSpace.MayLead"/>): accepted as proposed only on the text it was proposed against,
/// else merged into the current text; applied, it makes a new version. Each write holds the deliverable's lock; the
/// dossier's groups hear of each proposal and decision (<see cref="DossierNews"/>) in the same transaction.
/// </summary>
public sealed class AmendmentService(AppDb db, DraftEditor drafts, VersionService versions, DossierNews news, TimeProvider clock)
{
    /// <summary>What an amendment may aim at: one section or one recommendation of the deliverable.</summary>
    public sealed record Aim(int? SectionId, int? RecommendationId);

    public async Task<WriteResult<Amendment>> ProposeAsync(DossierSpace dossier, int deliverableId, Aim aim, AmendmentInput input, int? personId, CancellationToken ct)
    {
        await using var transaction = await drafts.LockAsync(deliverableId, ct);
        if (await drafts.LoadAsync(dossier.Id, deliverableId, ct) is not { } deliverable) return WriteResult<Amendment>.NotFound();
        if (deliverable.IsAdopted) return WriteResult<Amendment>.Conflict("", "Le texte est adopté : il ne reçoit plus d'amendement et ceux qui restaient ne sont plus décidés.");
        if (Find(deliverable, aim) is not { } target) return WriteResult<Amendment>.NotFound();
        var proposed = input.ProposedText!.Trim();
        if (proposed == target.Text)
            return WriteResult<Amendment>.Invalid(nameof(AmendmentInput.ProposedText), "Le texte proposé est identique au texte actuel : modifiez-le pour proposer un amendement.");
        var number = await db.Set<Amendment>().Where(a => a.DeliverableId == deliverableId).MaxAsync(a => (int?)a.Number, ct) ?? 0;
        var amendment = new Amendment
        {
            DeliverableId = deliverableId, Number = number + 1, SectionId = aim.SectionId, RecommendationId = aim.RecommendationId,
            Target = target.Label, OriginalText = target.Text, ProposedText = proposed, Justification = input.Justification!.Trim(),
            PersonId = personId, AuthorName = personId is null ? dossier.ActorName : "", ProposedAt = clock.GetUtcNow().UtcDateTime, Status = AmendmentStatus.Proposed,
        };
        db.Add(amendment);
        await db.SaveChangesAsync(ct);
        await news.AnnounceAsync(dossier.Id, $"{deliverable.Title} : amendement n° {amendment.Number} proposé ({target.Label})",
            AmendmentPaths.Amendment(dossier.Id, deliverableId, amendment.Id), ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Amendment>.Saved(amendment);
    }

    /// <summary>Applies the amendment as proposed, if the text it amends has not changed since.</summary>
    public Task<WriteResult<Amendment>> AcceptAsync(DossierSpace dossier, int deliverableId, int amendmentId, CancellationToken ct) =>
        DecideAsync(dossier, deliverableId, amendmentId, (amendment, target) =>
        {
            if (target is null) return "La section ou la préconisation visée a été supprimée : rejetez l'amendement.";
            if (target.Text != amendment.OriginalText)
                return "Le texte visé a changé depuis que l'amendement a été proposé : fusionnez-le dans le texte actuel, ou rejetez-le.";
            target.Apply(amendment.ProposedText);
            amendment.Status = AmendmentStatus.Accepted;
            return null;
        }, ct);

    /// <summary>Applies the rapporteur's rewriting of the amendment into the current text.</summary>
    public Task<WriteResult<Amendment>> MergeAsync(DossierSpace dossier, int deliverableId, int amendmentId, MergeInput input, CancellationToken ct) =>
        DecideAsync(dossier, deliverableId, amendmentId, (amendment, target) =>
        {
            if (target is null) return "La section ou la préconisation visée a été supprimée : rejetez l'amendement.";
            target.Apply(input.Text!.Trim());
            amendment.Status = AmendmentStatus.Merged;
            amendment.Reason = input.Note?.Trim() ?? "";
            return null;
        }, ct);

    public Task<WriteResult<Amendment>> RejectAsync(DossierSpace dossier, int deliverableId, int amendmentId, RejectionInput input, CancellationToken ct) =>
        DecideAsync(dossier, deliverableId, amendmentId, (amendment, _) =>
        {
            amendment.Status = AmendmentStatus.Rejected;
            amendment.Reason = input.Reason!.Trim();
            return null;
        }, ct);

    /// <summary>
    /// The decision on a proposed amendment: the change returns why it is refused, or null; an applied amendment makes a
    /// new version of the text, numbered on the amendment.
    /// </summary>
    private async Task<WriteResult<Amendment>> DecideAsync(DossierSpace dossier, int deliverableId, int amendmentId,
        Func<Amendment, Target?, string?> decide, CancellationToken ct)
    {
        await using var transaction = await drafts.LockAsync(deliverableId, ct);
        if (await drafts.LoadAsync(dossier.Id, deliverableId, ct) is not { } deliverable) return WriteResult<Amendment>.NotFound();
        if (deliverable.IsAdopted) return WriteResult<Amendment>.Conflict("", "Le texte est adopté : il ne reçoit plus d'amendement et ceux qui restaient ne sont plus décidés.");
        var amendment = await db.Set<Amendment>().SingleOrDefaultAsync(a => a.Id == amendmentId && a.DeliverableId == deliverableId, ct);
        if (amendment is null) return WriteResult<Amendment>.NotFound();
        if (amendment.Status != AmendmentStatus.Proposed)
            return WriteResult<Amendment>.Conflict("", $"L'amendement n° {amendment.Number} est déjà {AmendmentLabels.Decided(amendment.Status)} : sa décision ne change plus.");
        if (decide(amendment, Find(deliverable, new Aim(amendment.SectionId, amendment.RecommendationId))) is { } refusal)
            return WriteResult<Amendment>.Conflict("", refusal);
        amendment.DecidedAt = clock.GetUtcNow().UtcDateTime;
        amendment.DecidedBy = dossier.ActorName;
        if (amendment.Status != AmendmentStatus.Rejected)
        {
            var (version, _) = await versions.KeepAsync(deliverable, $"Amendement n° {amendment.Number} {AmendmentLabels.Decided(amendment.Status)}", dossier.ActorName, ct);
            amendment.VersionNumber = version?.Number;
        }
        await news.AnnounceAsync(dossier.Id, $"{deliverable.Title} : amendement n° {amendment.Number} {AmendmentLabels.Decided(amendment.Status)}",
            AmendmentPaths.Amendment(dossier.Id, deliverableId, amendment.Id), ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Amendment>.Saved(amendment);
    }

    /// <summary>The text an amendment aims at, named for readers, and how to replace it.</summary>
    public sealed record Target(string Label, string Text, Action<string> Apply);

    public static Target? Find(Deliverable deliverable, Aim aim)
    {
        if (aim.SectionId is { } sectionId && deliverable.Sections.SingleOrDefault(s => s.Id == sectionId) is { } section)
            return new Target($"{DeliverableLabels.Of(section.Level)} « {section.Title} »", section.Text, text => section.Text = text);
        if (aim.RecommendationId is { } recommendationId && deliverable.Recommendations.SingleOrDefault(r => r.Id == recommendationId) is { } recommendation)
            return new Target($"Préconisation n° {recommendation.Number} « {recommendation.Title} »", recommendation.Text, text => recommendation.Text = text);
        return null;
    }
}
