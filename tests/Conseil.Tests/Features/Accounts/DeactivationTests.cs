using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Accounts;

public sealed class DeactivationTests : AppTest
{
    private async Task<string> MemberIdAsync() =>
        await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.Id).SingleAsync(Ct));

    private async Task<HttpResponseMessage> DeactivateAsync(string id) =>
        await Forms.PostAsync(Factory.CreateClientAs(Roles.Secretariat), $"/espace/comptes/{id}",
            new Dictionary<string, string>(), action: $"/espace/comptes/{id}?handler=Deactivate");

    [Fact]
    public async Task A_deactivated_account_loses_its_open_session_at_the_next_request()
    {
        var member = Factory.CreateBrowserLikeClient();
        await TestAccounts.SignInAsync(member, DemoContent.MemberEmail);
        (await member.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await DeactivateAsync(await MemberIdAsync())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var next = await member.GetAsync("/espace", Ct);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldContain("/connexion");
    }

    [Fact]
    public async Task A_stamp_changed_behind_the_applications_back_ends_the_session_within_the_lifetime_of_its_check()
    {
        var member = Factory.CreateBrowserLikeClient();
        await TestAccounts.SignInAsync(member, DemoContent.MemberEmail);
        (await member.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await MemberIdAsync();

        // Not through SaveChanges, so nothing evicts the session's state: AccountState.Lifetime is the bound.
        await QueryAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "changée"), Ct));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage next;
        do
        {
            await Task.Delay(250, Ct);
            next = await member.GetAsync("/espace", Ct);
        }
        while (next.StatusCode == HttpStatusCode.OK && waited.Elapsed < AccountState.Lifetime + TimeSpan.FromSeconds(2));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldContain("/connexion");
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_keeps_its_history()
    {
        var id = await MemberIdAsync();
        await DeactivateAsync(id);

        var response = await Forms.PostAsync(Factory.CreateBrowserLikeClient(), "/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoContent.MemberEmail, ["Input.Password"] = DemoContent.Password,
        });

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Ce compte ne peut pas se connecter pour le moment.");
        var user = await QueryAsync(db => db.Users.SingleAsync(u => u.Id == id, Ct));
        user.DeactivatedAt.ShouldNotBeNull();
        user.PersonId.ShouldNotBeNull();
        (await QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == id, Ct))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_reactivated_account_signs_in_again()
    {
        var id = await MemberIdAsync();
        await DeactivateAsync(id);
        await Forms.PostAsync(Factory.CreateClientAs(Roles.Secretariat), $"/espace/comptes/{id}",
            new Dictionary<string, string>(), action: $"/espace/comptes/{id}?handler=Reactivate");

        await TestAccounts.SignInAsync(Factory.CreateBrowserLikeClient(), DemoContent.MemberEmail);
    }

    [Fact]
    public async Task A_deactivated_account_gets_no_reset_link()
    {
        await DeactivateAsync(await MemberIdAsync());
        await Forms.PostAsync(Factory.CreateBrowserLikeClient(), "/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = DemoContent.MemberEmail });
        (await SentMail.ToAsync(Factory, DemoContent.MemberEmail)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_dashboard_lists_member_accounts_whose_person_holds_nothing_today()
    {
        var id = await MemberIdAsync();
        var secretariat = Factory.CreateClientAs(Roles.Secretariat);
        (await secretariat.GetStringAsync("/espace", Ct)).ShouldNotContain($"/espace/comptes/{id}");

        await QueryAsync(async db =>
        {
            var personId = (await db.Users.SingleAsync(u => u.Id == id, Ct)).PersonId;
            foreach (var m in db.Mandates.Where(m => m.PersonId == personId)) m.EndDate = m.StartDate;
            foreach (var b in db.BodyMemberships.Where(b => b.PersonId == personId)) b.EndDate = b.StartDate;
            foreach (var o in db.Offices.Where(o => o.PersonId == personId)) o.EndDate = o.StartDate;
            return await db.SaveChangesAsync(Ct);
        });

        (await secretariat.GetStringAsync("/espace", Ct)).ShouldContain($"/espace/comptes/{id}");
    }
}
