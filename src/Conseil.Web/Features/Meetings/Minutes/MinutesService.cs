using System.ComponentModel.DataAnnotations;
using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Minutes;

/// <summary>The draft the secretariat writes: the opening of the meeting and a summary of the debate on each item.</summary>
public sealed class MinutesInput
{
    [StringLength(MinutesService.MaxText, ErrorMessage = "L'ouverture de la séance ne doit pas dépasser 8 000 caractères.")]
    public string? Opening { get; set; }

    public List<MinutesEntryInput> Entries { get; set; } = [];
}

public sealed class MinutesEntryInput
{
    public int ItemId { get; set; }

    [StringLength(MinutesService.MaxText, ErrorMessage = "Le résumé des débats d'un point ne doit pas dépasser 8 000 caractères.")]
    public string? Debate { get; set; }
}

/// <summary>The vote of a later meeting that approved the procès-verbal.</summary>
public sealed class ApprovalInput
{
    [Required(ErrorMessage = "Choisissez le vote qui a approuvé le procès-verbal.")]
    public int? ItemId { get; set; }
}

/// <summary>A remark on the circulated procès-verbal: on one agenda item, or on the whole text when none is chosen.</summary>
public sealed class RemarkInput
{
    public int? ItemId { get; set; }

    [Required(ErrorMessage = "Écrivez votre observation.")]
    [StringLength(MinutesRemark.MaxText, ErrorMessage = "Une observation ne doit pas dépasser 4 000 caractères.")]
    public string? Text { get; set; }
}

/// <summary>The remark its author withdraws.</summary>
public sealed class RemarkTarget
{
    [Required(ErrorMessage = "Choisissez l'observation à retirer.")]
    public int? RemarkId { get; set; }
}

/// <summary>
/// The procès-verbal's life: drafted (and redrafted) by the secretariat once the meeting is held, circulated to the
/// members for their remarks, approved by the vote on an item of a later meeting of the same body. Once approved it
/// no longer changes.
/// </summary>
public sealed class MinutesService(AppDb db, TimeProvider clock)
{
    public const int MaxText = 8000;

    public async Task<WriteResult<MeetingMinutes>> SaveAsync(MeetingSpace space, MinutesInput input, CancellationToken ct)
    {
        if (space.Meeting.Status != MeetingStatus.Held)
            return WriteResult<MeetingMinutes>.Conflict("", "Le procès-verbal se rédige une fois la séance tenue.");
        var items = await db.AgendaItems.Where(i => i.MeetingId == space.Id).Select(i => i.Id).ToListAsync(ct);
        if (input.Entries.Any(e => !items.Contains(e.ItemId)) || input.Entries.GroupBy(e => e.ItemId).Any(g => g.Count() > 1))
            return WriteResult<MeetingMinutes>.Invalid("Entries", "Un point du procès-verbal n'est pas à l'ordre du jour de la séance : rechargez la page.");
        var minutes = await db.Set<MeetingMinutes>().Include(m => m.Entries).SingleOrDefaultAsync(m => m.MeetingId == space.Id, ct);
        if (minutes?.Status == MinutesStatus.Approved)
            return WriteResult<MeetingMinutes>.Conflict("", "Le procès-verbal est approuvé : il ne se modifie plus.");
        if (minutes is null) db.Add(minutes = new MeetingMinutes { MeetingId = space.Id, Status = MinutesStatus.Draft });
        minutes.Opening = input.Opening?.Trim() ?? "";
        foreach (var entry in input.Entries)
        {
            var debate = entry.Debate?.Trim() ?? "";
            if (minutes.Entries.FirstOrDefault(e => e.AgendaItemId == entry.ItemId) is { } saved) saved.Debate = debate;
            else minutes.Entries.Add(new MinutesEntry { AgendaItemId = entry.ItemId, Debate = debate });
        }
        await db.SaveChangesAsync(ct);
        return WriteResult<MeetingMinutes>.Saved(minutes);
    }

    /// <summary>Sends the draft to the members the meeting convened: they read it in their space, for their remarks.</summary>
    public async Task<WriteResult<MeetingMinutes>> CirculateAsync(MeetingSpace space, CancellationToken ct)
    {
        var minutes = await db.Set<MeetingMinutes>().SingleOrDefaultAsync(m => m.MeetingId == space.Id, ct);
        if (minutes is null) return WriteResult<MeetingMinutes>.Conflict("", "Enregistrez d'abord le projet de procès-verbal.");
        if (minutes.Status != MinutesStatus.Draft)
            return WriteResult<MeetingMinutes>.Conflict("", "Le procès-verbal a déjà été diffusé aux membres.");
        (minutes.Status, minutes.CirculatedAt) = (MinutesStatus.Circulated, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return WriteResult<MeetingMinutes>.Saved(minutes);
    }

    /// <summary>Records the approval: the vote that approved it, on an item of a later meeting of the body, adopted.</summary>
    public async Task<WriteResult<MeetingMinutes>> ApproveAsync(MeetingSpace space, ApprovalInput input, CancellationToken ct)
    {
        var minutes = await db.Set<MeetingMinutes>().SingleOrDefaultAsync(m => m.MeetingId == space.Id, ct);
        if (minutes?.Status != MinutesStatus.Circulated)
            return WriteResult<MeetingMinutes>.Conflict("", "Seul un procès-verbal diffusé aux membres est soumis à leur approbation.");
        if (!await ApprovingVotes(space).AnyAsync(v => v.AgendaItemId == input.ItemId, ct))
            return WriteResult<MeetingMinutes>.Invalid(nameof(input.ItemId),
                "Choisissez un vote adopté lors d'une séance ultérieure de la même instance.");
        (minutes.Status, minutes.ApprovedAt, minutes.ApprovedByItemId) = (MinutesStatus.Approved, clock.GetUtcNow().UtcDateTime, input.ItemId);
        await db.SaveChangesAsync(ct);
        return WriteResult<MeetingMinutes>.Saved(minutes);
    }

    /// <summary>
    /// A remark of a person the meeting convened, while the procès-verbal is circulated: on one of its agenda items, or
    /// on the whole text.
    /// </summary>
    public async Task<WriteResult<MinutesRemark>> RemarkAsync(MeetingSpace space, int? personId, RemarkInput input, CancellationToken ct)
    {
        if (personId is not { } author || !space.Convocation.Convenes(author))
            return WriteResult<MinutesRemark>.Conflict("", "Seules les personnes convoquées à la séance font des observations sur son procès-verbal.");
        var minutes = await db.Set<MeetingMinutes>().AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == space.Id, ct);
        if (minutes?.Status != MinutesStatus.Circulated) return Closed<MinutesRemark>(minutes);
        if (input.ItemId is { } item && !await db.AgendaItems.AnyAsync(i => i.Id == item && i.MeetingId == space.Id, ct))
            return WriteResult<MinutesRemark>.Invalid(nameof(input.ItemId), "Choisissez un point de l'ordre du jour de la séance, ou le procès-verbal dans son ensemble.");
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0) return WriteResult<MinutesRemark>.Invalid(nameof(input.Text), "Écrivez votre observation.");
        var remark = new MinutesRemark
        {
            MeetingMinutesId = minutes.Id, PersonId = author, AgendaItemId = input.ItemId, Text = text, MadeAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(remark);
        await db.SaveChangesAsync(ct);
        return WriteResult<MinutesRemark>.Saved(remark);
    }

    /// <summary>Withdraws one's own remark, until the procès-verbal is approved.</summary>
    public async Task<WriteResult<MinutesRemark>> WithdrawRemarkAsync(MeetingSpace space, int? personId, RemarkTarget target, CancellationToken ct)
    {
        var remark = await db.Set<MinutesRemark>().Include(r => r.MeetingMinutes)
            .SingleOrDefaultAsync(r => r.Id == target.RemarkId && r.PersonId == personId && r.MeetingMinutes.MeetingId == space.Id, ct);
        if (remark is null) return WriteResult<MinutesRemark>.NotFound();
        if (remark.MeetingMinutes.Status != MinutesStatus.Circulated) return Closed<MinutesRemark>(remark.MeetingMinutes);
        db.Remove(remark);
        await db.SaveChangesAsync(ct);
        return WriteResult<MinutesRemark>.Saved(remark);
    }

    private static WriteResult<T> Closed<T>(MeetingMinutes? minutes) => WriteResult<T>.Conflict("", minutes?.Status == MinutesStatus.Approved
        ? "Le procès-verbal est approuvé : il ne reçoit plus d'observations."
        : "Le procès-verbal n'est pas encore diffusé aux membres : les observations s'ouvrent à sa diffusion.");

    /// <summary>The votes that may approve the minutes: adopted, on items of later meetings of the same body.</summary>
    public IQueryable<Vote> ApprovingVotes(MeetingSpace space) => db.Votes.AsNoTracking()
        .Where(v => v.Status == VoteStatus.Closed && v.Outcome == Outcome.Adopted)
        .Where(v => v.AgendaItem.Meeting.BodyId == space.Meeting.BodyId && v.AgendaItem.Meeting.StartsAt > space.Meeting.StartsAt);
}
