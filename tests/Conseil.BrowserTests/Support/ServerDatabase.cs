using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Conseil.BrowserTests.Support;

/// <summary>Reads (and, for what no page of this branch writes yet, a dossier) in the test server's own database.</summary>
public static class ServerDatabase
{
    public static async Task<T> QueryAsync<T>(this TestDatabase database, Func<AppDb, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        return await query(db);
    }

    /// <summary>A dossier for a working group to belong to, when the demo content has none.</summary>
    public static Task<int> AddDossierAsync(this TestDatabase database, string name) => database.QueryAsync(async db =>
    {
        var dossier = new Dossier { Name = name, Kind = ReferralKind.SelfReferral, ReceivedOn = new DateOnly(2026, 1, 5), State = DossierState.UnderExamination };
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier.Id;
    });

    /// <summary>Puts the demo member in a working group of the dossier (a group of that name, created if need be), as the groups' pages would.</summary>
    public static Task JoinGroupAsync(this TestDatabase database, int dossierId, string groupName) => database.QueryAsync(async db =>
    {
        var member = await db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.PersonId!.Value).SingleAsync();
        if (await db.GroupMembers.AnyAsync(m => m.PersonId == member && m.WorkingGroup.DossierId == dossierId)) return 0;
        db.WorkingGroups.Add(new WorkingGroup
        {
            Name = groupName, DossierId = dossierId, Mission = "Instruire le dossier.", StartDate = new(2020, 10, 12), EndDate = new(2027, 12, 31),
            Members = [new GroupMember { PersonId = member, Role = GroupRole.Member, StartDate = new(2020, 10, 12) }],
        });
        return await db.SaveChangesAsync();
    });

    public static Task<int> DemoMemberAsync(this TestDatabase database) =>
        database.QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.PersonId!.Value).SingleAsync());
}
