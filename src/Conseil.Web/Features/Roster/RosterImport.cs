using Conseil.Web.Data;

namespace Conseil.Web.Features.Roster;

/// <summary>Plans a roster import against the database, and applies it in one save: all lines or none.</summary>
public sealed class RosterImport(AppDb db)
{
    public async Task<RosterPlan> PlanAsync(byte[] content, CancellationToken cancellationToken) =>
        (await PrepareAsync(content, cancellationToken)).Plan;

    public async Task<RosterPlan> ApplyAsync(byte[] content, CancellationToken cancellationToken)
    {
        // The plan is made again from the database as it is now: what was shown in the dry run may be stale.
        var work = await PrepareAsync(content, cancellationToken);
        if (!work.Plan.CanApply) return work.Plan;
        work.ApplyTo(db);
        // A single SaveChanges: AppDb writes the rows and their audit entries in one transaction.
        await db.SaveChangesAsync(cancellationToken);
        return work.Plan;
    }

    private async Task<RosterWork> PrepareAsync(byte[] content, CancellationToken cancellationToken)
    {
        var file = RosterCsv.Read(content);
        if (file.Error is not null) return new RosterWork(file.Error);
        var work = new RosterWork(await RosterReference.LoadAsync(db, cancellationToken));
        foreach (var row in file.Rows) work.Add(row);
        work.CheckRules();
        return work;
    }
}
