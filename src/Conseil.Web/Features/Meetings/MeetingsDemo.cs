using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>
/// Plenaries of the council: that of 18 November 2019 which adopted the four axes of the 2020–2021 programme (seed 001),
/// the first chaired by Mathieu Klein on 6 October 2021 (seed 004), the adoption of the Livre blanc on 6 September 2023,
/// and a plenary to come, hybrid, with its first answers to the convocation, where the secretariat can record attendance. Loaded after the dossiers' demo, once.
/// </summary>
public sealed class MeetingsDemo(TimeProvider clock) : IFeatureDemoContent
{
    private const string Ministry = "Ministère des Solidarités et de la Santé, 14 avenue Duquesne, Paris 7e";

    private sealed record Planned(DateOnly Day, TimeOnly Starts, TimeOnly Ends, MeetingMode Mode, MeetingStatus Status, (string Title, AgendaItemKind Kind, string? Dossier)[] Items);

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var plenary = await db.Bodies.Where(b => b.Kind == BodyKind.Plenary).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        if (plenary is not { } bodyId || await db.Meetings.AnyAsync(ct)) return;
        var dossiers = await db.Dossiers.ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var today = FrenchDates.Today(clock);
        Planned[] meetings =
        [
            new(new(2019, 11, 18), new(14, 0), new(17, 30), MeetingMode.InPerson, MeetingStatus.Held,
            [
                ("Approbation du procès-verbal de la séance précédente", AgendaItemKind.Vote, null),
                ("Adoption du programme de travail 2020-2021 : quatre axes", AgendaItemKind.Vote, null),
                ("Point d'étape des commissions et des groupes de travail", AgendaItemKind.Information, null),
            ]),
            new(new(2021, 10, 6), new(10, 0), new(16, 0), MeetingMode.Hybrid, MeetingStatus.Held,
            [
                ("Installation du Haut Conseil et discours de son président, Mathieu Klein", AgendaItemKind.Information, null),
                ("Présentation de la mission du Livre vert du travail social", AgendaItemKind.Debate, DossiersDemo.GreenPaperName),
            ]),
            new(new(2023, 9, 6), new(14, 0), new(17, 0), MeetingMode.Hybrid, MeetingStatus.Held,
            [
                ("Adoption du Livre blanc du travail social", AgendaItemKind.Vote, null),
            ]),
            new(today.AddDays(14), new(14, 0), new(17, 0), MeetingMode.Hybrid, MeetingStatus.Planned,
            [
                ("Approbation du procès-verbal de la séance du 6 septembre 2023", AgendaItemKind.Vote, null),
                ("Suivi des recommandations du rapport sur la crise sanitaire", AgendaItemKind.Debate, DossiersDemo.CovidName),
                ("Questions diverses", AgendaItemKind.Information, null),
            ]),
        ];
        foreach (var planned in meetings)
        {
            db.Meetings.Add(new Meeting
            {
                BodyId = bodyId, StartsAt = FrenchDates.FromParis(planned.Day, planned.Starts)!.Value,
                EndsAt = FrenchDates.FromParis(planned.Day, planned.Ends)!.Value, Mode = planned.Mode, Status = planned.Status,
                Place = Ministry, VideoLink = planned.Mode == MeetingMode.InPerson ? "" : "https://webconf.numerique.gouv.fr/hcts-pleniere",
                IsPublic = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
                Quorum = planned.Status == MeetingStatus.Planned ? null : DeliberationRules.Default.Quorum,
                Items = [.. planned.Items.Select((item, i) => new AgendaItem
                {
                    Number = i + 1, Title = item.Title, Kind = item.Kind,
                    DossierId = item.Dossier is { } name && dossiers.TryGetValue(name, out var id) ? id : null,
                })],
            });
        }
        await db.SaveChangesAsync(ct);
        await RecordLivreBlancAttendanceAsync(services, bodyId, ct);
        await AnswerConvocationAsync(services, bodyId, clock.GetUtcNow().UtcDateTime, ct);
        await ComposePackAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        await ConsultStandingCommissionAsync(services, today, ct);
        // A member of the plenary without an account has subscribed to their calendar (the address was shown once, when made).
        if (await db.People.Where(p => db.Mandates.Any(m => m.PersonId == p.Id) && !db.Users.Any(u => u.PersonId == p.Id))
                .OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) is { } member)
            await services.GetRequiredService<CalendarTokens>().RenewAsync(new FeedOwner(member, null), ct);
    }

    /// <summary>
    /// The first answers to the plenary to come: four members will attend (one remotely), two cannot, one of whom gives
    /// their proxy to the first member who answered.
    /// </summary>
    private static async Task AnswerConvocationAsync(IServiceProvider services, int bodyId, DateTime now, CancellationToken ct)
    {
        var (db, convocations) = (services.GetRequiredService<AppDb>(), services.GetRequiredService<Convocations>());
        var meeting = await db.Meetings.Where(m => m.BodyId == bodyId && m.Status == MeetingStatus.Planned).OrderBy(m => m.StartsAt).FirstAsync(ct);
        var convocation = await convocations.OfAsync(bodyId, BodyKind.Plenary, DateOnly.FromDateTime(FrenchDates.ToParis(meeting.StartsAt)), ct);
        var members = convocation.People.Where(p => !p.IsSubstitute).Select(p => p.PersonId).Take(6).ToList();
        if (members.Count < 6) return;
        ReplyAnswer[] answers = [ReplyAnswer.InPerson, ReplyAnswer.InPerson, ReplyAnswer.Remote, ReplyAnswer.InPerson, ReplyAnswer.CannotAttend, ReplyAnswer.CannotAttend];
        db.ConvocationReplies.AddRange(members.Select((person, i) => new ConvocationReply
        {
            MeetingId = meeting.Id, PersonId = person, Answer = answers[i], ProxyHolderId = i == 4 ? members[0] : null, RepliedAt = now.AddDays(i - 6),
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A written procedure in progress: the standing commission consulted on the calendar of the 2027 plenaries, two of
    /// its members having voted. Written straight (no e-mail in the demo's outbox): the links' secrets are nobody's.
    /// </summary>
    private static async Task ConsultStandingCommissionAsync(IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Kind == BodyKind.StandingCommission, ct);
        if (body is null) return;
        var members = (await services.GetRequiredService<Convocations>().OfAsync(body.Id, body.Kind, today, ct)).People;
        if (members.Count < 2) return;
        var opened = FrenchDates.FromParis(today.AddDays(-2), new TimeOnly(9, 0))!.Value;
        db.Add(new WrittenConsultation
        {
            BodyId = body.Id, Title = "Calendrier des séances plénières de 2027",
            Proposal = "La commission permanente propose à l'assemblée plénière de se réunir en 2027 les 16 mars, 22 juin, 5 octobre et 7 décembre, "
                + "de 14 heures à 17 heures, au ministère et en visioconférence.",
            Majority = body.Majority, OpenedAt = opened, ClosesAt = FrenchDates.FromParis(today.AddDays(8), new TimeOnly(18, 0))!.Value,
            Status = ConsultationStatus.Open, Consulted = members.Count,
            Ballots = [.. members.Select((m, i) => new WrittenBallot
            {
                PersonId = m.PersonId, TokenHash = LinkTokens.Hash(LinkTokens.New()),
                Choice = i switch { 0 => Choice.For, 1 => Choice.Abstain, _ => null }, CastAt = i < 2 ? opened.AddHours(3 + i) : null,
            })],
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The pack of the plenary to come: the latest version of each document of the dossiers its items concern.</summary>
    private static async Task ComposePackAsync(AppDb db, DateTime now, CancellationToken ct)
    {
        var items = await db.AgendaItems.Where(i => i.Meeting.Status == MeetingStatus.Planned && i.DossierId != null)
            .Select(i => new { i.Id, i.DossierId }).ToListAsync(ct);
        foreach (var item in items)
        {
            var versions = await db.DocumentVersions.Where(v => v.Document.DossierId == item.DossierId)
                .GroupBy(v => v.DocumentId).Select(g => g.Max(v => v.Id)).ToListAsync(ct);
            db.AddRange(versions.Select(v => new PackDocument { AgendaItemId = item.Id, DocumentVersionId = v, AddedAt = now }));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The attendance of 6 September 2023, when the Livre blanc was adopted by 32 for, 2 against and 5 abstentions, and
    /// that vote: 40 members present or represented (two of them by proxy), one of whom declared a conflict of interest
    /// and took no part, so 39 voters; the others excused.
    /// </summary>
    private static async Task RecordLivreBlancAttendanceAsync(IServiceProvider services, int bodyId, CancellationToken ct)
    {
        var (db, convocations) = (services.GetRequiredService<AppDb>(), services.GetRequiredService<Convocations>());
        var day = new DateOnly(2023, 9, 6);
        var meeting = await db.Meetings.Where(m => m.BodyId == bodyId && m.StartsAt > new DateTime(2023, 9, 5, 0, 0, 0, DateTimeKind.Utc) && m.StartsAt < new DateTime(2023, 9, 7, 0, 0, 0, DateTimeKind.Utc))
            .Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
        var members = (await convocations.OfAsync(bodyId, BodyKind.Plenary, day, ct)).People.Where(p => !p.IsSubstitute).Select(p => p.PersonId).ToList();
        if (meeting is not { } meetingId || members.Count < 40) return;
        var at = FrenchDates.FromParis(day, new TimeOnly(14, 0))!.Value;
        Attendance Line(int person, Presence presence, int? holder = null) =>
            new() { MeetingId = meetingId, PersonId = person, Presence = presence, ProxyHolderId = holder, RecordedAt = at };
        db.Attendances.AddRange(members.Select((person, i) => i switch
        {
            < 31 => Line(person, Presence.Present),
            < 38 => Line(person, Presence.Remote),
            38 => Line(person, Presence.Represented, members[0]),
            39 => Line(person, Presence.Represented, members[1]),
            _ => Line(person, Presence.Excused),
        }));
        await db.SaveChangesAsync(ct);
        await VoteLivreBlancAsync(services, meetingId, conflicted: members[30], at, ct);
    }

    /// <summary>The Livre blanc adopted by show of hands, 32 for, 2 against, 5 abstentions, opened and closed through the service.</summary>
    private static async Task VoteLivreBlancAsync(IServiceProvider services, int meetingId, int conflicted, DateTime at, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.Items).SingleAsync(m => m.Id == meetingId, ct);
        var convocation = await services.GetRequiredService<Convocations>().OfAsync(meeting.BodyId, meeting.Body.Kind, DateOnly.FromDateTime(FrenchDates.ToParis(at)), ct);
        var space = new MeetingSpace(meeting, meeting.Body.Name, convocation, IsSecretariat: true);
        var item = meeting.Items.Single(i => i.Kind == AgendaItemKind.Vote).Id;
        var votes = services.GetRequiredService<VoteService>();
        await votes.OpenAsync(space, item, new OpenVoteInput
        {
            Method = VoteMethod.ShowOfHands, Majority = MajorityRule.MembersPresentOrRepresented, Conflicted = [conflicted],
        }, ct);
        var closed = await votes.CloseAsync(space, item, new CloseVoteInput { For = 32, Against = 2, Abstain = 5 }, ct);
        // Dated at the hour of the vote, not of the demo's loading.
        var vote = await db.Votes.SingleAsync(v => v.Id == closed.Value!.Id, ct);
        (vote.OpenedAt, vote.ClosedAt) = (at.AddHours(2), at.AddHours(2).AddMinutes(5));
        foreach (var conflict in await db.ConflictsOfInterest.Where(c => c.AgendaItemId == item).ToListAsync(ct)) conflict.DeclaredAt = at;
        await db.SaveChangesAsync(ct);
        await DraftMinutesAsync(services, space, item, at, ct);
    }

    /// <summary>The procès-verbal of 6 September 2023, circulated to the members: its approval is on the agenda of the plenary to come.</summary>
    private static async Task DraftMinutesAsync(IServiceProvider services, MeetingSpace space, int item, DateTime at, CancellationToken ct)
    {
        var minutes = services.GetRequiredService<MinutesService>();
        await minutes.SaveAsync(space, new MinutesInput
        {
            Opening = "La séance est ouverte à 14 heures. Le quorum est atteint ; les excuses des membres absents sont enregistrées.",
            Entries =
            [
                new MinutesEntryInput
                {
                    ItemId = item,
                    Debate = "Le Livre blanc du travail social, qui prolonge le Livre vert remis le 10 mars 2022, est présenté à l'assemblée. "
                        + "Après le débat, le texte est mis aux voix à main levée.",
                },
            ],
        }, ct);
        var circulated = await minutes.CirculateAsync(space, ct);
        var db = services.GetRequiredService<AppDb>();
        (await db.Set<MeetingMinutes>().SingleAsync(m => m.Id == circulated.Value!.Id, ct)).CirculatedAt = at.AddDays(21);
        await db.SaveChangesAsync(ct);
        // A member present has made a remark since (read by the secretariat and by them).
        var author = space.Convocation.People.Where(p => !p.IsSubstitute).Skip(2).First().PersonId;
        var remark = await minutes.RemarkAsync(space, author, new RemarkInput
        {
            ItemId = item,
            Text = "Merci de préciser que le Livre blanc a été adopté par 32 voix pour, 2 contre et 5 abstentions, et qu'un membre, "
                + "ayant déclaré un conflit d'intérêts, n'a pas pris part au vote.",
        }, ct);
        (await db.Set<MinutesRemark>().SingleAsync(r => r.Id == remark.Value!.Id, ct)).MadeAt = at.AddDays(25);
        await db.SaveChangesAsync(ct);
    }
}
