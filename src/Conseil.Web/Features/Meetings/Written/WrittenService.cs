using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Mail;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Written;

/// <summary>
/// The written procedure: opened by the secretariat for a body's members (the full members on that day), each e-mailed a
/// personal link; each votes once, until the deadline; counted after it, under the body's quorum and the majority chosen.
/// </summary>
public sealed class WrittenService(AppDb db, Convocations convocations, MailOutbox outbox, SiteLinks links, TimeProvider clock)
{
    /// <summary>The shortest time left to the members to vote, and the longest a consultation stays open.</summary>
    public static readonly TimeSpan ShortestDelay = TimeSpan.FromHours(24), LongestDelay = TimeSpan.FromDays(60);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WriteResult<WrittenConsultation>> OpenAsync(ConsultationInput input, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.BodyId, ct);
        if (body is null) return WriteResult<WrittenConsultation>.Invalid(nameof(input.BodyId), "Choisissez l'instance consultée dans la liste.");
        if (input.Majority is { } chosen && !Enum.IsDefined(chosen))
            return WriteResult<WrittenConsultation>.Invalid(nameof(input.Majority), "Choisissez la majorité requise dans la liste.");
        if (FrenchDates.FromParis(input.ClosesOn!.Value, input.ClosesAtTime!.Value) is not { } closes)
            return WriteResult<WrittenConsultation>.Invalid(nameof(input.ClosesAtTime), FrenchDates.SkippedTime(input.ClosesOn.Value, input.ClosesAtTime.Value));
        if (closes < Now + ShortestDelay || closes > Now + LongestDelay)
            return WriteResult<WrittenConsultation>.Invalid(nameof(input.ClosesOn),
                "La date limite doit laisser aux membres au moins 24 heures pour voter, et tomber dans les 60 jours.");
        var today = DateOnly.FromDateTime(FrenchDates.ToParis(Now));
        var members = (await convocations.OfAsync(body.Id, body.Kind, today, ct)).People.Where(p => !p.IsSubstitute).ToList();
        if (members.Count == 0)
            return WriteResult<WrittenConsultation>.Invalid(nameof(input.BodyId), $"{body.Name} n'a aucun membre en fonction à consulter.");

        var consultation = new WrittenConsultation
        {
            BodyId = body.Id, Title = input.Title!.Trim(), Proposal = input.Proposal!.Trim(), Majority = input.Majority ?? body.Majority,
            OpenedAt = Now, ClosesAt = closes, Status = ConsultationStatus.Open, Consulted = members.Count,
        };
        var tokens = members.ToDictionary(m => m.PersonId, _ => LinkTokens.New());
        consultation.Ballots.AddRange(members.Select(m => new WrittenBallot { PersonId = m.PersonId, TokenHash = LinkTokens.Hash(tokens[m.PersonId]) }));
        db.Add(consultation);
        foreach (var to in (await NotificationRecipients.ReadAsync(db, [.. tokens.Keys], ct)).Where(r => r.Address is not null))
        {
            outbox.Add(new OutgoingMail(to.Address!, $"Consultation écrite : {consultation.Title}",
            [
                $"Le secrétariat du Haut Conseil du travail social consulte par écrit les membres de l'instance « {body.Name} ».",
                $"Objet : {consultation.Title}",
                "Proposition soumise au vote :",
                consultation.Proposal,
                $"Vous votez pour, contre ou vous abstenez jusqu'au {FrenchDates.Moment(closes)} (heure de Paris), par le lien ci-dessous, "
                    + "qui vous est personnel : ne le transmettez pas.",
            ])
            {
                RecipientName = to.Name, Sensitive = true, // the link is the member's vote: purged from the outbox once sent
                Link = new MailLink("Voter", links.Absolute(MeetingPaths.WrittenBallot(tokens[to.PersonId]))),
            });
        }
        await db.SaveChangesAsync(ct);
        return WriteResult<WrittenConsultation>.Saved(consultation);
    }

    /// <summary>The ballot a personal link opens, with its consultation and body; null for an unknown link.</summary>
    public async Task<WrittenBallot?> BallotAsync(string token, CancellationToken ct)
    {
        if (!LinkTokens.Plausible(token)) return null;
        var hash = LinkTokens.Hash(token);
        return await db.Set<WrittenBallot>().AsNoTracking().Include(b => b.Person).Include(b => b.WrittenConsultation).ThenInclude(c => c.Body)
            .SingleOrDefaultAsync(b => b.TokenHash == hash, ct);
    }

    /// <summary>Records the member's choice, once: a second sending (a double click, another device) is refused, never counted twice.</summary>
    public async Task<WriteResult<WrittenBallot>> CastAsync(string token, WrittenBallotInput input, CancellationToken ct)
    {
        if (await BallotAsync(token, ct) is not { } ballot) return WriteResult<WrittenBallot>.NotFound();
        if (input.Choice is not { } choice || !Enum.IsDefined(choice))
            return WriteResult<WrittenBallot>.Invalid(nameof(input.Choice), "Choisissez votre vote : pour, contre ou abstention.");
        var consultation = ballot.WrittenConsultation;
        if (consultation.Status == ConsultationStatus.Closed || Now >= consultation.ClosesAt)
            return WriteResult<WrittenBallot>.Conflict(nameof(input.Choice),
                $"La consultation est close depuis le {FrenchDates.Moment(consultation.ClosesAt)} : votre vote ne peut plus être reçu.");
        var alreadyCast = WriteResult<WrittenBallot>.Conflict(nameof(input.Choice), "Votre vote est déjà enregistré : il ne se modifie pas.");
        if (ballot.Choice is not null) return alreadyCast;
        // The choice is the ballot's concurrency token: of two sendings at once, the second updates no row and is refused.
        db.Attach(ballot);
        (ballot.Choice, ballot.CastAt) = (choice, Now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return alreadyCast;
        }
        return WriteResult<WrittenBallot>.Saved(ballot);
    }

    /// <summary>Counts the votes once the deadline has passed: the quorum of the body over the members who took part, then the majority.</summary>
    public async Task<WriteResult<WrittenConsultation>> CloseAsync(int id, CancellationToken ct)
    {
        var consultation = await db.Set<WrittenConsultation>().Include(c => c.Body).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return WriteResult<WrittenConsultation>.NotFound();
        if (consultation.Status == ConsultationStatus.Closed)
            return WriteResult<WrittenConsultation>.Conflict("", "La consultation est déjà dépouillée.");
        if (Now < consultation.ClosesAt)
            return WriteResult<WrittenConsultation>.Conflict("",
                $"Les membres votent jusqu'au {FrenchDates.Moment(consultation.ClosesAt)} : la consultation se dépouille après cette date limite.");
        var choices = await db.Set<WrittenBallot>().Where(b => b.WrittenConsultationId == id && b.Choice != null)
            .GroupBy(b => b.Choice).Select(g => new { Choice = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        int Count(Choice c) => choices.SingleOrDefault(x => x.Choice == c)?.Count ?? 0;
        (consultation.For, consultation.Against, consultation.Abstain) = (Count(Choice.For), Count(Choice.Against), Count(Choice.Abstain));
        var quorum = Quorum.Of(consultation.Consulted, consultation.Voted, consultation.Body.Quorum);
        if (quorum.IsMet)
        {
            var decision = Majority.Decide(new Tally(consultation.For, consultation.Against, consultation.Abstain, consultation.Voted), consultation.Majority);
            (consultation.Outcome, consultation.Required) = (decision.Outcome, decision.Required);
        }
        else consultation.Required = quorum.Required;
        (consultation.Status, consultation.ClosedAt) = (ConsultationStatus.Closed, Now);
        await db.SaveChangesAsync(ct);
        return WriteResult<WrittenConsultation>.Saved(consultation);
    }
}
