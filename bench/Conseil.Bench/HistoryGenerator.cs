using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Bench;

/// <summary>
/// Past terms before the earliest one in the database: every seat filled (full member and, where the college
/// has them, substitute), some mid-term replacements, office holders and commission members; all ended.
/// The composition has 66 seats, so its realistic scale is a long history. Shared with the statement-count test.
/// </summary>
public static class HistoryGenerator
{
    /// <summary>Past terms for scale 1.</summary>
    public const int TermsPerScale = 40;
    private const int TermYears = 2;

    public sealed record Added(int Terms, int Mandates);

    public static async Task<Added> AddPastTermsAsync(AppDb db, int terms, CancellationToken cancellationToken)
    {
        var seats = await db.Seats.AsNoTracking().Include(s => s.College).ToListAsync(cancellationToken);
        var standing = await db.Bodies.Where(b => b.Slug == ReferenceBodies.StandingCommissionSlug).Select(b => b.Id).SingleAsync(cancellationToken);
        var ethics = await db.Bodies.Where(b => b.Slug == ReferenceBodies.EthicsCommissionSlug).Select(b => b.Id).SingleAsync(cancellationToken);
        var end = (await db.Terms.MinAsync(t => t.StartDate, cancellationToken)).AddDays(-1);
        var names = new DemoNames();
        var mandates = 0;
        for (var i = 0; i < terms; i++)
        {
            var term = new Term
            {
                Name = $"{end.Year - TermYears + 1}–{end.Year} (historique)",
                StartDate = end.AddYears(-TermYears).AddDays(1),
                EndDate = end,
                AppointingAct = "Arrêté de nomination (historique généré)",
            };
            db.Terms.Add(term);
            var holders = new List<Person>();
            foreach (var seat in seats)
            {
                mandates += AddSeat(db, seat, term, names, holders);
            }
            AddOffices(db, term, holders);
            AddMemberships(db, term, holders, standing, 11);
            AddMemberships(db, term, holders, ethics, 8);
            // One term per batch, then forget it: the change tracker stays small however long the history.
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            end = term.StartDate.AddDays(-1);
        }
        return new Added(terms, mandates);
    }

    private static int AddSeat(AppDb db, Seat seat, Term term, DemoNames names, List<Person> holders)
    {
        var holder = names.Next();
        holders.Add(holder);
        var added = 1;
        if (seat.Number % 5 == 0)
        {
            // A resignation mid-term and its replacement, as happens a few times in every term.
            var middle = term.StartDate.AddYears(1);
            db.Mandates.Add(Mandate(seat, holder, term, MandateRole.FullMember, term.StartDate, middle.AddDays(-1), MandateStatus.Resigned));
            db.Mandates.Add(Mandate(seat, names.Next(), term, MandateRole.FullMember, middle, term.EndDate, MandateStatus.Ended));
            added++;
        }
        else
        {
            db.Mandates.Add(Mandate(seat, holder, term, MandateRole.FullMember, term.StartDate, term.EndDate, MandateStatus.Ended));
        }
        if (seat.College.HasSubstitutes)
        {
            db.Mandates.Add(Mandate(seat, names.Next(), term, MandateRole.Substitute, term.StartDate, term.EndDate, MandateStatus.Ended));
            added++;
        }
        return added;
    }

    private static Mandate Mandate(Seat seat, Person person, Term term, MandateRole role, DateOnly start, DateOnly end, MandateStatus status) => new()
    {
        SeatId = seat.Id, Person = person, Term = term, Role = role, StartDate = start, EndDate = end,
        AppointingAct = term.AppointingAct, Status = status,
    };

    private static void AddOffices(AppDb db, Term term, List<Person> holders)
    {
        db.Offices.Add(new Office { Kind = OfficeKind.President, Person = holders[0], StartDate = term.StartDate, EndDate = term.EndDate, Note = "Historique" });
        db.Offices.Add(new Office { Kind = OfficeKind.VicePresident, Person = holders[12], StartDate = term.StartDate, EndDate = term.EndDate, Note = "Historique" });
        db.Offices.Add(new Office { Kind = OfficeKind.VicePresident, Person = holders[16], StartDate = term.StartDate, EndDate = term.EndDate, Note = "Historique" });
    }

    private static void AddMemberships(AppDb db, Term term, List<Person> holders, int bodyId, int count)
    {
        foreach (var person in holders.Take(count))
        {
            db.BodyMemberships.Add(new BodyMembership { BodyId = bodyId, Person = person, StartDate = term.StartDate, EndDate = term.EndDate });
        }
    }
}
