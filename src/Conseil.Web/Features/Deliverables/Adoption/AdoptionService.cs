using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Adoption;

/// <summary>
/// From draft to adopted text: the secretariat puts one saved version on the agenda of a meeting of the body that adopts
/// it; the vote on that item is bound to the version's hash (<see cref="IVotedText"/>); an adopted outcome records the
/// version and freezes the text; the secretariat then dates its handover.
/// </summary>
public sealed class AdoptionService(AppDb db, DraftEditor drafts, TimeProvider clock) : IVotedText
{
    public async Task<WriteResult<AgendaItem>> PutToVoteAsync(DossierSpace dossier, int deliverableId, int versionNumber, PutToVoteInput input, CancellationToken ct)
    {
        await using var transaction = await drafts.LockAsync(deliverableId, ct);
        var deliverable = await db.Deliverables.SingleOrDefaultAsync(d => d.Id == deliverableId && d.DossierId == dossier.Id, ct);
        var version = await db.Set<DeliverableVersion>().SingleOrDefaultAsync(v => v.DeliverableId == deliverableId && v.Number == versionNumber, ct);
        if (deliverable is null || version is null) return WriteResult<AgendaItem>.NotFound();
        if (deliverable.IsAdopted) return WriteResult<AgendaItem>.Conflict("", Frozen(deliverable));
        var meeting = await db.Meetings.Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == input.MeetingId, ct);
        if (meeting is null || meeting.Status != MeetingStatus.Planned || deliverable.BodyId is { } body && meeting.BodyId != body)
            return WriteResult<AgendaItem>.Invalid(nameof(PutToVoteInput.MeetingId), "Choisissez une séance à venir de l'instance qui adopte le livrable.");
        var pending = await db.AgendaItems.Where(i => i.Meeting.Status == MeetingStatus.Planned
                && db.Set<DeliverableVersion>().Any(v => v.Id == i.DeliverableVersionId && v.DeliverableId == deliverableId))
            .Select(i => new { i.Meeting.StartsAt }).FirstOrDefaultAsync(ct);
        if (pending is not null)
            return WriteResult<AgendaItem>.Conflict("", $"Une version du livrable est déjà inscrite à l'ordre du jour de la séance du {FrenchDates.Moment(pending.StartsAt)}.");
        var numbers = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).Select(i => i.Number).ToListAsync(ct);
        if (numbers.Count >= AgendaService.MaxItems)
            return WriteResult<AgendaItem>.Conflict("", $"L'ordre du jour de cette séance compte déjà {AgendaService.MaxItems} points, le nombre maximal.");
        var item = new AgendaItem
        {
            MeetingId = meeting.Id, Number = numbers.DefaultIfEmpty(0).Max() + 1, Kind = AgendaItemKind.Vote, DossierId = dossier.Id,
            Title = $"Adoption {DeliverableLabels.OfWithArticle(deliverable.Kind)} « {deliverable.Title} », version n° {version.Number}",
            Description = $"Le vote porte sur la version n° {version.Number}, d'empreinte SHA-256 {version.ContentHash}.",
            DeliverableVersionId = version.Id,
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<AgendaItem>.Saved(item);
    }

    public async Task<WriteResult<Deliverable>> HandOverAsync(DossierSpace dossier, int deliverableId, HandoverInput input, CancellationToken ct)
    {
        var deliverable = await db.Deliverables.SingleOrDefaultAsync(d => d.Id == deliverableId && d.DossierId == dossier.Id, ct);
        if (deliverable is null) return WriteResult<Deliverable>.NotFound();
        if (deliverable.AdoptedAt is not { } adoptedAt) return WriteResult<Deliverable>.Conflict("", "Le livrable n'est pas encore adopté : il se remet une fois adopté.");
        var adopted = DateOnly.FromDateTime(FrenchDates.ToParis(adoptedAt));
        var day = input.On!.Value;
        if (day < adopted) return WriteResult<Deliverable>.Invalid(nameof(HandoverInput.On), $"La remise ne peut précéder l'adoption, le {FrenchDates.Day(adopted)}.");
        if (day > FrenchDates.Today(clock)) return WriteResult<Deliverable>.Invalid(nameof(HandoverInput.On), "La remise ne peut pas être datée d'un jour à venir.");
        deliverable.HandedOverOn = day;
        await db.SaveChangesAsync(ct);
        return WriteResult<Deliverable>.Saved(deliverable);
    }

    public Task<string?> HashAsync(AgendaItem item, CancellationToken ct) =>
        item.DeliverableVersionId is { } id
            ? db.Set<DeliverableVersion>().Where(v => v.Id == id).Select(v => (string?)v.ContentHash).SingleOrDefaultAsync(ct)
            : Task.FromResult<string?>(null);

    public async Task<string?> AdoptAsync(AgendaItem item, Vote vote, CancellationToken ct)
    {
        if (item.DeliverableVersionId is not { } id) return null;
        var version = await db.Set<DeliverableVersion>().SingleAsync(v => v.Id == id, ct);
        var deliverable = await db.Deliverables.SingleAsync(d => d.Id == version.DeliverableId, ct);
        // The text adopted is the one voted on, byte for byte: its hash was taken when the vote opened.
        if (version.ContentHash != vote.TextSha256 || DraftSnapshot.Hash(version.Content) != version.ContentHash)
            return $"La version n° {version.Number} ne correspond plus au texte mis aux voix : l'adoption n'est pas enregistrée.";
        if (deliverable.IsAdopted) return $"{Frozen(deliverable)} Le vote n'est pas clos.";
        deliverable.AdoptedVersionNumber = version.Number;
        deliverable.AdoptedAt = vote.ClosedAt;
        return null;
    }

    public static string Frozen(Deliverable deliverable) => $"Le texte est adopté (version n° {deliverable.AdoptedVersionNumber}) : il ne change plus.";
}
