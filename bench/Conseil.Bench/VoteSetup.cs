using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Bench;

/// <summary>
/// The electorate of the vote benchmark: a body of <see cref="Voters"/> members, each with a member's account
/// (<c>votant{i}@bench.test</c>, the bench password), and a closed meeting of it, held, every member present, whose
/// one item is put to the vote. Added after the page scenarios (it would weigh on the composition's), before `vote-run`
/// opens that vote and has every member vote through the real pages.
/// </summary>
internal static class VoteSetup
{
    public const int Voters = 1000;

    public static string Email(int i) => $"votant{i}@bench.test";

    /// <summary>Adds the body, its meeting and its members' accounts; prints the vote page's path for bench/run.</summary>
    public static async Task<int> RunAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, provider, connectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        Console.WriteLine($"vote-page={await AddAsync(db, TimeProvider.System)}");
        return 0;
    }

    private static async Task<string> AddAsync(AppDb db, TimeProvider clock)
    {
        var body = new Body { Slug = "banc-d-essai-des-votes", Name = "Banc d'essai des votes", Kind = BodyKind.StandingCommission };
        var start = new DateOnly(2026, 1, 1);
        var people = Enumerable.Range(0, Voters)
            .Select(i => new Person { GivenName = "Votant", FamilyName = $"n° {i}", Gender = i % 2 == 0 ? Gender.Female : Gender.Male, IsDemo = true })
            .ToList();
        db.BodyMemberships.AddRange(people.Select(p => new BodyMembership { Body = body, Person = p, StartDate = start }));
        var at = clock.GetUtcNow().UtcDateTime.Date.AddHours(-10);
        var meeting = new Meeting
        {
            Body = body, StartsAt = at, EndsAt = at.AddHours(3), Place = "Salle du banc d'essai", Mode = MeetingMode.InPerson,
            Status = MeetingStatus.Held, CreatedAt = at,
            Items = [new AgendaItem { Number = 1, Title = "Texte mis aux voix du banc d'essai", Kind = AgendaItemKind.Vote }],
            Attendances = [.. people.Select(p => new Attendance { Person = p, Presence = Presence.Present, RecordedAt = at })],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        // One hash for all: the password hasher's cost is paid once here, and once per sign-in by the application.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), BenchMember.Password);
        foreach (var (person, i) in people.Select((p, i) => (p, i))) await db.AddAccountAsync(person, Email(i), hash);
        return MeetingPaths.Vote(meeting.Id, meeting.Items[0].Id);
    }
}
