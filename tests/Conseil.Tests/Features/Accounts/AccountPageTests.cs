using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Accounts;

public sealed class AccountPageTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private readonly HttpClient client;

    public AccountPageTests() => client = factory.CreateBrowserLikeClient();

    public void Dispose() => factory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> ChangePassword(string current, string next, string confirmation) =>
        Forms.PostAsync(client, "/compte", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = confirmation,
        });

    [Fact]
    public async Task Too_short_new_password_is_refused_in_French()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);

        var response = await ChangePassword(DemoContent.Password, "court", "court");

        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Le mot de passe doit contenir au moins 12 caractères.");
        html.ShouldContain("aria-describedby=\"Input_NewPassword-hint Input_NewPassword-error\"");
        html.ShouldNotContain("value=\"court\"");
    }

    [Fact]
    public async Task Wrong_current_password_is_refused_and_the_old_password_still_works()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);

        var response = await ChangePassword("pas-le-mot-de-passe", "une phrase assez longue", "une phrase assez longue");

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Le mot de passe actuel est incorrect.");
        var other = factory.CreateBrowserLikeClient();
        (await TestAccounts.SignInAsync(other, DemoContent.MemberEmail)).ShouldBeNull();
    }

    [Fact]
    public async Task Changed_password_keeps_the_session_and_is_the_one_that_signs_in_next()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);

        var response = await ChangePassword(DemoContent.Password, "une phrase assez longue", "une phrase assez longue");

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Votre mot de passe a été modifié.");
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = factory.CreateBrowserLikeClient();
        await TestAccounts.SignInAsync(other, DemoContent.MemberEmail, "une phrase assez longue");
        (await other.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Access_denied_page_answers_403_in_French()
    {
        var response = await client.GetAsync("/acces-refuse", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("<h1>Accès refusé</h1>");
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_and_out_of_the_audit_log()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        (await db.DataProtectionKeys.CountAsync(Ct)).ShouldBeGreaterThan(0);
        (await db.AuditEntries.CountAsync(a => a.EntityType.Contains("DataProtection"), Ct)).ShouldBe(0);
    }
}
