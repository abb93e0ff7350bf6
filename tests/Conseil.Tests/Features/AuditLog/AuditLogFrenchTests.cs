using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.AuditLog;

/// <summary>The journal reads as French to a secretariat agent: no technical names, no unchanged fields, no secrets.</summary>
public sealed partial class AuditLogFrenchTests : AppTest
{
    // Names a reader must never see: model types, Identity's generic types, raw booleans, "nothing changed" lines.
    [GeneratedRegex(@"\b(Person|Mandate|AppUser|BodyMembership|Office|Seat|College|Term|Body|IdentityUserRole|IdentityRole|AccountToken)\b|`1|\bTrue\b|\bFalse\b|\b(\S+) → \2\b|\bn° [0-9a-f]{8}-")]
    private static partial Regex Technical();

    private async Task<string> JournalTextAsync(string query = "")
    {
        var html = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace/journal" + query, Ct);
        return new HtmlParser().ParseDocument(html).QuerySelector("main")!.TextContent;
    }

    [Fact]
    public async Task The_demo_journal_shows_french_types_fields_and_values_only()
    {
        // The latest entries (the dossiers' demo content), then the accounts' and their roles' (older, on later pages).
        var latest = await JournalTextAsync();
        var accounts = await JournalTextAsync("?Type=" + nameof(AppUser));
        var roles = await JournalTextAsync("?Type=" + Uri.EscapeDataString(typeof(IdentityUserRole<string>).Name));

        Technical().Matches(latest + accounts + roles).Select(m => m.Value).ShouldBeEmpty();
        accounts.ShouldContain("Compte de ");
        roles.ShouldContain("Rôle « ");
    }

    [Fact]
    public async Task A_mandate_change_names_the_mandate_and_shows_only_the_changed_fields_in_words()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var mandate = await QueryAsync(db => db.Mandates.Include(m => m.Person).Include(m => m.Seat).ThenInclude(s => s.College)
            .FirstAsync(m => m.Term.Name == "2022–2027" && m.Role == MandateRole.FullMember && m.Status == MandateStatus.Active, Ct));

        var response = await Forms.PostAsync(client, $"/espace/composition/mandat/{mandate.Id}", new Dictionary<string, string>
        {
            ["Input.SeatId"] = mandate.SeatId.ToString(), ["Input.PersonId"] = mandate.PersonId.ToString(), ["Input.TermId"] = mandate.TermId.ToString(),
            ["Input.Role"] = "FullMember", ["Input.StartDate"] = mandate.StartDate.ToString("yyyy-MM-dd"), ["Input.EndDate"] = "2025-03-31",
            ["Input.Status"] = "Resigned", ["Input.AppointingAct"] = mandate.AppointingAct,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await client.GetStringAsync("/espace/journal?Type=Mandate", Ct);
        var text = new HtmlParser().ParseDocument(html).QuerySelector("tbody tr")!.TextContent; // the newest entry
        text.ShouldContain($"Mandat {Conseil.Web.Infrastructure.French.French.Of(mandate.Person.FullName)} au siège {mandate.Seat.Number} du collège {mandate.Seat.College.Number}");
        text.ShouldContain("État : En cours → Démission");
        text.ShouldContain($"Date de fin : {Conseil.Web.Infrastructure.French.FrenchDates.Day(mandate.EndDate)} → 31 mars 2025");
        text.ShouldNotContain("Acte de nomination :"); // unchanged
        Technical().Matches(text).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_save_that_changes_nothing_writes_no_entry_and_a_password_change_reads_as_such()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var user = (await users.FindByEmailAsync(DemoContent.MemberEmail))!;
        var count = await db.AuditEntries.CountAsync(Ct);

        // What a sign-in does: Identity rewrites the whole account, stamps included, with the same values.
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        (await users.ResetAccessFailedCountAsync(user)).Succeeded.ShouldBeTrue();
        (await db.AuditEntries.CountAsync(Ct)).ShouldBe(count);

        (await users.ChangePasswordAsync(user, DemoContent.Password, "Un-tout-nouveau-mot-de-passe-2026")).Succeeded.ShouldBeTrue();
        var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync(Ct);
        entry.After!.ShouldNotContain(user.PasswordHash!);
        var text = await JournalTextAsync("?Type=AppUser");
        text.ShouldContain("Mot de passe modifié");
        text.ShouldNotContain("AQAAAA"); // Identity's hash prefix
        text.ShouldNotContain("Stamp");
    }

    [Fact]
    public async Task The_type_filter_lists_french_names_and_keeps_the_choice()
    {
        var html = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace/journal?Type=Mandate", Ct);
        var options = new HtmlParser().ParseDocument(html).QuerySelectorAll("#Type option").Select(o => o.TextContent.Trim()).ToList();

        options.ShouldContain("Mandat");
        options.ShouldContain("Compte");
        options.ShouldContain("Rôle d'un compte");
        options.ShouldAllBe(o => !Technical().IsMatch(o));
        new HtmlParser().ParseDocument(html).QuerySelector("#Type option[selected]")!.TextContent.ShouldBe("Mandat");
    }

    [Fact]
    public async Task Dates_are_in_paris_time_in_words()
    {
        var text = await JournalTextAsync();

        // The demo was seeded at the test clock's instant, 10:00 UTC, 11:00 in Paris in November.
        text.ShouldContain("22 novembre 2026 à 11 h 00");
        text.ShouldNotContain("(UTC)");
    }
}
