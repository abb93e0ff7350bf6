using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;

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

    /// <summary>A workspace account of the person (role Member), to act as with the X-Test-User header.</summary>
    public static async Task<string> AddAccountAsync(this AppDb db, Person person, string email)
    {
        var user = new AppUser
        {
            UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = person.FullName, PersonId = person.Id, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
