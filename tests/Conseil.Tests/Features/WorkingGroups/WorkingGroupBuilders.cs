using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.WorkingGroups;

/// <summary>Test data of working groups and dossiers, written straight to the database (no rules checked).</summary>
public static class WorkingGroupBuilders
{
    public static Dossier Dossier(string name = "Dossier d'essai", DossierState state = DossierState.UnderExamination) =>
        new() { Name = name, Kind = ReferralKind.Ministerial, ReceivedOn = new DateOnly(2026, 1, 5), Deadline = new DateOnly(2027, 3, 1), State = state };

    /// <summary>A group on the dossier whose first person co-leads it and the others are members.</summary>
    public static async Task<WorkingGroup> AddGroupAsync(this AppDb db, string name, Dossier? dossier, params Person[] people)
    {
        var group = new WorkingGroup
        {
            Name = name, Dossier = dossier, Mission = "Mission d'essai", StartDate = new DateOnly(2026, 1, 15), EndDate = new DateOnly(2027, 6, 30),
            Members = people.Select((p, i) => new GroupMember
            {
                Person = p, Role = i == 0 ? GroupRole.CoLead : GroupRole.Member, StartDate = new DateOnly(2026, 1, 15),
            }).ToList(),
        };
        db.WorkingGroups.Add(group);
        await db.SaveChangesAsync();
        return group;
    }

    /// <summary>A council member: a person with a mandate spanning <paramref name="today"/>, and their workspace account.</summary>
    public static async Task<(Person Person, string UserId)> AddCouncilMemberAsync(this AppDb db, string givenName, string familyName, DateOnly today)
    {
        var person = CompositionBuilders.Person(givenName, familyName, $"{givenName.ToLowerInvariant()}.{familyName.ToLowerInvariant()}@exemple.test");
        // One term for every member these builders add (term names are unique).
        const string name = "Mandature des groupes d'essai";
        var term = await db.Terms.SingleOrDefaultAsync(t => t.Name == name)
            ?? new Term { Name = name, StartDate = today.AddYears(-1), EndDate = today.AddYears(2) };
        db.Mandates.Add(new Mandate
        {
            Person = person, Seat = await db.Seats.OrderBy(s => s.Id).FirstAsync(), Term = term, Role = MandateRole.FullMember,
            StartDate = term.StartDate, EndDate = term.EndDate, AppointingAct = "Arrêté d'essai", Status = MandateStatus.Active,
        });
        await db.SaveChangesAsync();
        return (person, await db.AddAccountAsync(person, $"compte.{givenName.ToLowerInvariant()}.{familyName.ToLowerInvariant()}@exemple.test"));
    }

    /// <summary>A call of the group, open from <paramref name="opensOn"/> to <paramref name="closesOn"/>.</summary>
    public static async Task<CallForCandidates> AddCallAsync(this AppDb db, WorkingGroup group, DateOnly opensOn, DateOnly closesOn)
    {
        var call = new CallForCandidates { WorkingGroupId = group.Id, Description = "Appel d'essai", OpensOn = opensOn, ClosesOn = closesOn };
        db.CallsForCandidates.Add(call);
        await db.SaveChangesAsync();
        return call;
    }
}
