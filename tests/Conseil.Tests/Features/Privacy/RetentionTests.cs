using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Privacy;

/// <summary>The retention rules, applied with the clock moved forward past the end of the current term (30 June 2027 in the demo).</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    private async Task<RetentionRules.Outcome> ApplyOnAsync(DateOnly today)
    {
        factory.Clock.Now = new DateTimeOffset(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRules>()
            .ApplyAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), today, Ct);
    }

    /// <summary>A former member: one mandate ended on 31 December 2021, nothing else, and an e-mail.</summary>
    private async Task<(int Id, DateOnly LastEnd)> FormerMemberAsync()
    {
        var lastEnd = new DateOnly(2021, 12, 31);
        var person = await factory.QueryAsync(db => db.AddFormerMemberAsync(lastEnd, "ancien.membre@exemple.test", Ct));
        return (person.Id, lastEnd);
    }

    [Fact]
    public async Task A_former_members_email_is_kept_two_years_then_cleared_from_the_record_and_the_audit_log()
    {
        var (id, lastEnd) = await FormerMemberAsync();
        await factory.QueryAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry { At = factory.Clock.GetUtcNow().UtcDateTime, EntityType = nameof(Person), EntityId = id.ToString(),
                Action = "Modification", After = "{\"Email\":\"ancien.membre@exemple.test\"}" });
            return await db.SaveChangesAsync(Ct);
        });

        await ApplyOnAsync(lastEnd.AddYears(2)); // other former members of the demo may be cleared that day, not this one
        (await factory.QueryAsync(db => db.People.SingleAsync(p => p.Id == id, Ct))).Email.ShouldNotBeNull();

        (await ApplyOnAsync(lastEnd.AddYears(2).AddDays(1))).ClearedEmails.ShouldBeGreaterThan(0);
        (await factory.QueryAsync(db => db.People.SingleAsync(p => p.Id == id, Ct))).Email.ShouldBeNull();
        (await factory.FindEverywhereAsync("ancien.membre@exemple.test")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Current_members_keep_their_email()
    {
        var today = new DateOnly(2026, 12, 1);
        var current = (await factory.QueryAsync(db => db.AddMandateAsync(
            CompositionBuilders.Person(email: "membre.actuel@exemple.test"), today.AddYears(-1), today.AddDays(1), ct: Ct))).PersonId;

        await ApplyOnAsync(today);

        (await factory.QueryAsync(db => db.People.SingleAsync(p => p.Id == current, Ct))).Email.ShouldBe("membre.actuel@exemple.test");
    }

    [Fact]
    public async Task A_former_members_account_is_deleted_one_year_after_their_last_mandate()
    {
        var (personId, lastEnd) = await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.PersonId != null, Ct);
            var end = new DateOnly(2027, 6, 30);
            await db.Mandates.Where(m => m.PersonId == user.PersonId).ExecuteUpdateAsync(s => s.SetProperty(m => m.EndDate, end), Ct);
            await db.BodyMemberships.Where(m => m.PersonId == user.PersonId).ExecuteUpdateAsync(s => s.SetProperty(m => m.EndDate, end), Ct);
            return (user.PersonId!.Value, end);
        });

        (await ApplyOnAsync(lastEnd.AddYears(1))).DeletedAccounts.ShouldBe(0);
        (await factory.QueryAsync(db => db.Users.AnyAsync(u => u.PersonId == personId, Ct))).ShouldBeTrue();

        (await ApplyOnAsync(lastEnd.AddYears(1).AddDays(1))).DeletedAccounts.ShouldBe(1);
        (await factory.QueryAsync(db => db.Users.AnyAsync(u => u.PersonId == personId, Ct))).ShouldBeFalse();
        (await factory.FindEverywhereAsync("membre@conseil.test")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Audit_entries_are_deleted_after_five_years_and_the_purge_is_recorded()
    {
        var oldest = await factory.QueryAsync(db => db.AuditEntries.MinAsync(e => e.At, Ct));
        var day = DateOnly.FromDateTime(oldest);

        (await ApplyOnAsync(day.AddYears(5))).DeletedAuditEntries.ShouldBe(0);
        (await ApplyOnAsync(day.AddYears(5).AddDays(1))).DeletedAuditEntries.ShouldBeGreaterThan(0);

        (await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.At < day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Ct))).ShouldBeFalse();
        (await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Conservation : journal purgé", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Applying_the_rules_twice_at_once_changes_each_record_once()
    {
        var (_, lastEnd) = await FormerMemberAsync();
        var day = lastEnd.AddYears(3);

        var outcomes = await Task.WhenAll(ApplyOnAsync(day), ApplyOnAsync(day));

        outcomes.Sum(o => o.ClearedEmails).ShouldBeGreaterThan(0);
        (await ApplyOnAsync(day)).ClearedEmails.ShouldBe(0);
        (await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Conservation : e-mail effacé", Ct)))
            .ShouldBe(outcomes.Sum(o => o.ClearedEmails));
    }
}
