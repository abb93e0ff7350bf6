using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Guards;

/// <summary>The audit log only grows: the application can neither change nor delete an entry.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Changing_an_audit_entry_is_refused_and_nothing_is_written()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync(Ct);
        var original = entry.UserName;

        entry.UserName = "faussaire";
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<AppDb>().AuditEntries.SingleAsync(e => e.Id == entry.Id, Ct)).UserName.ShouldBe(original);
    }

    [Fact]
    public async Task Deleting_an_audit_entry_is_refused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var count = await db.AuditEntries.CountAsync(Ct);
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));

        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<AppDb>().AuditEntries.CountAsync(Ct)).ShouldBe(count);
    }

    [Fact]
    public async Task Every_change_made_in_the_workspace_adds_entries_and_none_disappear()
    {
        var client = factory.CreateClientAs(Roles.Secretariat);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var before = await db.AuditEntries.Select(e => e.Id).ToListAsync(Ct);

        var response = await Forms.PostAsync(client, "/espace/composition/personne", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Inès", ["Input.FamilyName"] = "Journal", ["Input.Gender"] = "Female",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await db.AuditEntries.AsNoTracking().Select(e => e.Id).ToListAsync(Ct);
        before.Except(after).ShouldBeEmpty();
        var added = await db.AuditEntries.AsNoTracking().Where(e => !before.Contains(e.Id)).ToListAsync(Ct);
        added.ShouldHaveSingleItem().EntityType.ShouldBe("Person");
        added[0].After!.ShouldContain("Journal");
    }

    [Fact]
    public async Task The_audit_log_page_offers_no_way_to_change_it()
    {
        var response = await Forms.PostAsync(factory.CreateClientAs(Roles.Administrator), "/espace/journal", new Dictionary<string, string>());
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
