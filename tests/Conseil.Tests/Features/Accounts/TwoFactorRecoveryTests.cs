using System.Net;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Accounts;

public sealed partial class TwoFactorRecoveryTests : AppTest
{
    private async Task<(HttpClient Client, string Key)> SecretariatSignedInAsync()
    {
        var client = Factory.CreateBrowserLikeClient();
        var key = await TestAccounts.SignInAsync(client, DemoContent.SecretariatEmail);
        return (client, key!);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_replace_the_old_ones()
    {
        var (client, _) = await SecretariatSignedInAsync();

        var wrong = await Forms.PostAsync(client, "/compte/codes-de-secours", new Dictionary<string, string> { ["Input.CurrentPassword"] = "pas le bon" });
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain(PasswordCheck.Wrong);

        var right = await Forms.PostAsync(client, "/compte/codes-de-secours", new Dictionary<string, string> { ["Input.CurrentPassword"] = DemoContent.Password });
        var codes = CodePattern().Matches(await right.Content.ReadAsStringAsync(Ct)).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);

        // One of the new codes opens a session at the code step.
        var other = Factory.CreateBrowserLikeClient();
        var step = await Forms.PostAsync(other, "/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoContent.SecretariatEmail, ["Input.Password"] = DemoContent.Password,
        });
        var codePage = step.Headers.Location!.OriginalString;
        var recovered = await Forms.PostAsync(other, codePage, new Dictionary<string, string> { ["RecoveryCode"] = codes[0] },
            action: codePage + (codePage.Contains('?') ? "&" : "?") + "handler=Recovery");
        recovered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await other.GetAsync("/espace/comptes", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Resetting_ones_own_authenticator_leads_to_enrolling_a_new_key()
    {
        var (client, oldKey) = await SecretariatSignedInAsync();

        var response = await Forms.PostAsync(client, "/compte/double-authentification/reinitialiser",
            new Dictionary<string, string> { ["Input.CurrentPassword"] = DemoContent.Password });

        response.Headers.Location!.OriginalString.ShouldBe(AccountPaths.TwoFactor);
        var newKey = await TestAccounts.EnrolAsync(client);
        newKey.ShouldNotBe(oldKey);
        (await client.GetAsync("/espace/comptes", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_resets_a_users_second_factor_the_user_is_told_and_signed_out()
    {
        var (client, _) = await SecretariatSignedInAsync();
        var id = await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct));

        var reset = await Forms.PostAsync(Factory.CreateClientAs(Roles.Administrator), $"/espace/comptes/{id}/double-authentification", new Dictionary<string, string>());

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await QueryAsync(db => db.Users.SingleAsync(u => u.Id == id, Ct));
        user.TwoFactorEnabled.ShouldBeFalse();
        var message = (await SentMail.ToAsync(Factory, DemoContent.SecretariatEmail)).ShouldHaveSingleItem();
        message.Subject.ShouldBe("Votre double authentification a été réinitialisée");
        (await QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == id && e.After!.Contains("TwoFactorEnabled"), Ct)))
            .ShouldBeTrue();
        (await client.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_secretariat_cannot_reset_someone_elses_second_factor()
    {
        var id = await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.Id).SingleAsync(Ct));
        var response = await Factory.CreateClientAs(Roles.Secretariat).PostAsync($"/espace/comptes/{id}/double-authentification", null, Ct);
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await SentMail.ToAsync(Factory, DemoContent.MemberEmail)).ShouldBeEmpty();
    }

    [GeneratedRegex("<li><code>([A-Z0-9-]+)</code></li>")]
    private static partial Regex CodePattern();
}
