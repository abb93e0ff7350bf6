using System.Text;
using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Mail;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>
/// The convocation by e-mail: one message through the outbox to each person convened who has an address, with the
/// meeting as an iCalendar invitation (METHOD:REQUEST). Sent once per version of the meeting: sending again is
/// refused until its date, place or status changes (a new SEQUENCE). A substitute is convened only when their full
/// member answers they cannot attend. A cancelled meeting sends METHOD:CANCEL to those who were convened.
/// </summary>
public sealed class ConvocationMails(AppDb db, MailOutbox outbox, MeetingEvents events, SiteLinks links, TimeProvider clock)
{
    public async Task<WriteResult<Meeting>> SendAsync(MeetingSpace space, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == space.Id, ct);
        if (meeting is null) return WriteResult<Meeting>.NotFound();
        if (meeting.Status != MeetingStatus.Planned)
            return WriteResult<Meeting>.Conflict("", $"La séance est {MeetingLabels.Of(meeting.Status).ToLower(French.Culture)} : elle ne se convoque plus.");
        if (meeting.ConvokedAt is { } sent && meeting.ConvocationIsCurrent)
            return WriteResult<Meeting>.Conflict("",
                $"La convocation a déjà été envoyée le {FrenchDates.Moment(sent)} et la séance n'a pas changé depuis : elle n'est pas envoyée une seconde fois.");
        var recipients = await RecipientsAsync(space, ct);
        if (recipients.Count == 0)
            return WriteResult<Meeting>.Invalid("", "Aucune personne convoquée n'a d'adresse électronique : la convocation ne peut pas partir.");

        var update = meeting.ConvokedAt is not null;
        foreach (var to in recipients)
            Invite(meeting, space.BodyName, to, $"{(update ? "Convocation modifiée" : "Convocation")} : {space.BodyName}, {FrenchDates.Day(space.Day)}",
                update
                    ? $"La séance de l'instance « {space.BodyName} » a changé : voici sa convocation mise à jour."
                    : $"Le secrétariat du Haut Conseil du travail social vous convoque à la séance de l'instance « {space.BodyName} ».");
        meeting.ConvokedAt = clock.GetUtcNow().UtcDateTime;
        meeting.ConvokedSequence = meeting.Sequence;
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(meeting);
    }

    /// <summary>Cancels a planned meeting; those it was sent to receive the cancellation (METHOD:CANCEL).</summary>
    public async Task<WriteResult<Meeting>> CancelAsync(MeetingSpace space, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == space.Id, ct);
        if (meeting is null) return WriteResult<Meeting>.NotFound();
        if (meeting.Status != MeetingStatus.Planned)
            return WriteResult<Meeting>.Conflict("", $"Seule une séance prévue s'annule ; celle-ci est {MeetingLabels.Of(meeting.Status).ToLower(French.Culture)}.");
        meeting.SetStatus(MeetingStatus.Cancelled);
        if (meeting.ConvokedAt is not null)
        {
            var entry = Entry(meeting, space.BodyName);
            foreach (var to in await RecipientsAsync(space, ct))
            {
                var ics = CalendarWriter.Write([events.Invitation(entry, to.Address!, to.Name)], clock.GetUtcNow().UtcDateTime, CalendarMethod.Cancel);
                outbox.Add(new OutgoingMail(to.Address!, $"Séance annulée : {space.BodyName}, {FrenchDates.Day(space.Day)}",
                    [
                        $"La séance de l'instance « {space.BodyName} » prévue le {MeetingLabels.When(meeting).ToLower(French.Culture)} (heure de Paris) est annulée.",
                        "L'annulation jointe (fichier .ics) retire la séance de votre agenda.",
                    ])
                {
                    RecipientName = to.Name,
                    Attachments = [new MailAttachment("annulation.ics", "text/calendar; method=CANCEL; charset=utf-8", Encoding.UTF8.GetBytes(ics))],
                });
            }
            meeting.ConvokedAt = clock.GetUtcNow().UtcDateTime;
            meeting.ConvokedSequence = meeting.Sequence;
        }
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(meeting);
    }

    /// <summary>
    /// Convenes the substitute of a full member who answered they cannot attend: the same invitation, saying in whose
    /// place they sit. Queued in the caller's unit of work; nothing when the convocation has not been sent yet (it
    /// will reach them then) or when the substitute has no address.
    /// </summary>
    public async Task ConveneSubstituteAsync(MeetingSpace space, Convened substitute, CancellationToken ct)
    {
        if (space.Meeting.ConvokedAt is null || substitute.SubstituteFor is not { } full || await AddressOfAsync(substitute, ct) is not { } to) return;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Items).SingleAsync(m => m.Id == space.Id, ct);
        Invite(meeting, space.BodyName, to, $"Convocation en suppléance : {space.BodyName}, {FrenchDates.Day(space.Day)}",
            $"{space.Convocation.NameOf(full)}, dont vous êtes suppléant(e), ne pourra pas assister à la séance de l'instance « {space.BodyName} » : vous êtes convoqué(e) pour y siéger à sa place.");
    }

    /// <summary>Tells a substitute convened in a full member's place that the full member will attend after all.</summary>
    public async Task ReleaseSubstituteAsync(MeetingSpace space, Convened substitute, CancellationToken ct)
    {
        if (space.Meeting.ConvokedAt is null || substitute.SubstituteFor is not { } full || await AddressOfAsync(substitute, ct) is not { } to) return;
        outbox.Add(new OutgoingMail(to.Address!, $"Suppléance levée : {space.BodyName}, {FrenchDates.Day(space.Day)}",
            [
                $"{space.Convocation.NameOf(full)} assistera finalement à la séance de l'instance « {space.BodyName} » du {MeetingLabels.When(space.Meeting).ToLower(French.Culture)} (heure de Paris) : vous n'avez plus à y siéger à sa place.",
            ])
        {
            RecipientName = to.Name,
            Link = new MailLink("Ouvrir la séance", links.Absolute(MeetingPaths.Meeting(space.Id))),
        });
    }

    private async Task<NotificationRecipient?> AddressOfAsync(Convened person, CancellationToken ct) =>
        (await NotificationRecipients.ReadAsync(db, [person.PersonId], ct)).SingleOrDefault(r => r.Address is not null);

    private void Invite(Meeting meeting, string body, NotificationRecipient to, string subject, string opening)
    {
        var ics = CalendarWriter.Write([events.Invitation(Entry(meeting, body), to.Address!, to.Name)], clock.GetUtcNow().UtcDateTime, CalendarMethod.Request);
        outbox.Add(new OutgoingMail(to.Address!, subject, [opening, .. Details(meeting), "L'invitation jointe (fichier .ics) ajoute la séance à votre agenda."])
        {
            RecipientName = to.Name,
            Link = new MailLink("Ouvrir la séance", links.Absolute(MeetingPaths.Meeting(meeting.Id))),
            Attachments = [new MailAttachment("convocation.ics", "text/calendar; method=REQUEST; charset=utf-8", Encoding.UTF8.GetBytes(ics))],
        });
    }

    /// <summary>
    /// Those the convocation goes to: the members, and the substitutes of full members who answered they cannot
    /// attend (the others' substitutes are convened only if their full member declines).
    /// </summary>
    private async Task<List<NotificationRecipient>> RecipientsAsync(MeetingSpace space, CancellationToken ct)
    {
        var declined = (await db.ConvocationReplies.AsNoTracking()
            .Where(r => r.MeetingId == space.Id && r.Answer == ReplyAnswer.CannotAttend).Select(r => r.PersonId).ToListAsync(ct)).ToHashSet();
        var convened = space.Convocation.People.Where(p => p.SubstituteFor is not { } full || declined.Contains(full)).Select(p => p.PersonId).ToList();
        return [.. (await NotificationRecipients.ReadAsync(db, convened, ct)).Where(r => r.Address is not null)];
    }

    private static MeetingEntry Entry(Meeting m, string body) => new(m.Id, body, m.StartsAt, m.EndsAt, m.Place, m.VideoLink, m.Status, m.Sequence,
        [.. m.Items.OrderBy(i => i.Number).Select(i => i.Title)]);

    private static IEnumerable<string> Details(Meeting m)
    {
        yield return $"Date : {MeetingLabels.When(m)} (heure de Paris).";
        yield return $"Modalité : {MeetingLabels.Of(m.Mode).ToLower(French.Culture)}.";
        if (m.Place.Length > 0) yield return $"Lieu : {m.Place}";
        if (m.VideoLink.Length > 0) yield return $"Visioconférence : {m.VideoLink}";
        if (m.Items.Count == 0) yield break;
        yield return "Ordre du jour :";
        foreach (var item in m.Items.OrderBy(i => i.Number)) yield return $"{item.Number}. {item.Title}";
    }
}
