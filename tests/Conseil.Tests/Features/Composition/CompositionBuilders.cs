using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Composition;

/// <summary>
/// Test data of the composition, built in the test that needs it rather than found in the demo content: a test
/// says which person, mandate and dates it relies on. Written straight to the database (no rules checked).
/// </summary>
public static class CompositionBuilders
{
    public static Person Person(string givenName = "Jeanne", string familyName = "Essai", string? email = null) =>
        new() { GivenName = givenName, FamilyName = familyName, Email = email, Gender = Gender.Female };

    /// <summary>A mandate of the person on the first seat, in a term of its own spanning the dates.</summary>
    public static async Task<Mandate> AddMandateAsync(this AppDb db, Person person, DateOnly start, DateOnly end,
        MandateRole role = MandateRole.FullMember, CancellationToken ct = default)
    {
        var term = new Term { Name = $"Mandature d'essai {start:yyyy-MM-dd}", StartDate = start, EndDate = end };
        var mandate = new Mandate
        {
            Person = person, Seat = await db.Seats.OrderBy(s => s.Id).FirstAsync(ct), Term = term, Role = role,
            StartDate = start, EndDate = end, AppointingAct = "Arrêté d'essai", Status = MandateStatus.Active,
        };
        db.Mandates.Add(mandate);
        await db.SaveChangesAsync(ct);
        return mandate;
    }

    /// <summary>A former member: one mandate ended on <paramref name="lastEnd"/>, nothing else, and an e-mail address.</summary>
    public static async Task<Person> AddFormerMemberAsync(this AppDb db, DateOnly lastEnd, string email, CancellationToken ct = default)
    {
        var person = Person("Ancienne", "Membre", email);
        await db.AddMandateAsync(person, lastEnd.AddYears(-3), lastEnd, ct: ct);
        return person;
    }

    /// <summary>The person of the demo member's account (membre@conseil.test).</summary>
    public static Task<Person> DemoMemberAsync(this AppDb db, CancellationToken ct = default) =>
        db.People.SingleAsync(p => db.Users.Any(u => u.Email == DemoContent.MemberEmail && u.PersonId == p.Id), ct);
}
