using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Replies;

/// <summary>
/// The answers to a convocation, until the meeting starts. A full member who cannot attend gives their proxy to another
/// member of the body who attends (one proxy held each); the substitute of their seat is convened in their place.
/// Answers of one meeting queue on its lock, so two members cannot both give their proxy to the same holder.
/// </summary>
public sealed class ReplyService(AppDb db, ConvocationMails mails, TimeProvider clock)
{
    public async Task<WriteResult<ConvocationReply>> AnswerAsync(MeetingSpace space, int? personId, ReplyInput input, CancellationToken ct)
    {
        var convocation = space.Convocation;
        if (personId is not { } id || convocation.People.FirstOrDefault(p => p.PersonId == id) is not { } me)
            return WriteResult<ConvocationReply>.Conflict("", "Vous n'êtes pas convoqué(e) à cette séance : vous n'avez pas à y répondre.");
        if (space.Meeting.Status != MeetingStatus.Planned)
            return WriteResult<ConvocationReply>.Conflict("",
                $"La séance est {MeetingLabels.Of(space.Meeting.Status).ToLower(French.Culture)} : la convocation n'appelle plus de réponse.");
        if (space.Meeting.StartsAt <= clock.GetUtcNow().UtcDateTime)
            return WriteResult<ConvocationReply>.Conflict("", "La séance a commencé : signalez votre présence au secrétariat, qui tient la feuille d'émargement.");
        if (input.Answer is not { } answer || !Enum.IsDefined(answer))
            return WriteResult<ConvocationReply>.Invalid(nameof(input.Answer), "Choisissez votre réponse : sur place, à distance, ou vous ne pourrez pas assister.");
        if (input.ProxyHolderId is not null && answer != ReplyAnswer.CannotAttend)
            return WriteResult<ConvocationReply>.Invalid(nameof(input.ProxyHolderId), "Vous ne donnez procuration que si vous ne pouvez pas assister à la séance.");
        if (input.ProxyHolderId is not null && me.IsSubstitute)
            return WriteResult<ConvocationReply>.Invalid(nameof(input.ProxyHolderId), "Un suppléant ne donne pas procuration : il siège seulement à la place du titulaire.");

        await using var transaction = await db.BeginLockedAsync([$"meeting-replies:{space.Id}"], ct);
        var replies = await db.ConvocationReplies.Where(r => r.MeetingId == space.Id).ToListAsync(ct);
        var mine = replies.FirstOrDefault(r => r.PersonId == id);
        var others = replies.Where(r => r.PersonId != id).ToList();
        if (input.ProxyHolderId is { } holder)
        {
            var members = convocation.People.Where(p => !p.IsSubstitute).Select(p => p.PersonId).ToHashSet();
            var given = others.Where(r => r.ProxyHolderId is not null).Select(r => new Proxy(r.PersonId, r.ProxyHolderId!.Value)).ToList();
            if (Proxies.Refusal(new Proxy(id, holder), members, given, convocation.Rules.MaxProxiesHeld, convocation.NameOf) is { } refusal)
                return WriteResult<ConvocationReply>.Invalid(nameof(input.ProxyHolderId), refusal);
            if (others.Any(r => r.PersonId == holder && r.Answer == ReplyAnswer.CannotAttend))
                return WriteResult<ConvocationReply>.Invalid(nameof(input.ProxyHolderId),
                    $"{convocation.NameOf(holder)} a répondu ne pas pouvoir assister à la séance : choisissez un membre qui y assistera.");
        }
        if (answer == ReplyAnswer.CannotAttend && others.Where(r => r.ProxyHolderId == id).Select(r => r.PersonId).ToList() is [var giver, ..])
            return WriteResult<ConvocationReply>.Conflict(nameof(input.Answer),
                $"Vous détenez la procuration de {convocation.NameOf(giver)} : demandez-lui de la donner à un autre membre, puis indiquez votre absence.");

        var declinedBefore = mine?.Answer == ReplyAnswer.CannotAttend;
        if (mine is null) db.ConvocationReplies.Add(mine = new ConvocationReply { MeetingId = space.Id, PersonId = id });
        (mine.Answer, mine.ProxyHolderId, mine.RepliedAt) = (answer, input.ProxyHolderId, clock.GetUtcNow().UtcDateTime);
        if (convocation.People.FirstOrDefault(p => p.SubstituteFor == id) is { } substitute && declinedBefore != (answer == ReplyAnswer.CannotAttend))
        {
            if (declinedBefore) await mails.ReleaseSubstituteAsync(space, substitute, ct);
            else await mails.ConveneSubstituteAsync(space, substitute, ct);
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<ConvocationReply>.Saved(mine);
    }
}
