using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Security;

/// <summary>Sends every request of the matrix as every role and checks who reached what.</summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Site site) : IClassFixture<AuthorizationMatrixTests.Site>
{
    public sealed class Site : IDisposable
    {
        public ConseilFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();

        /// <summary>Each role acts as its demo account, so pages about "my account" find a real user.</summary>
        public string? UserIdOf(string? role) => role switch
        {
            null => null,
            Conseil.Web.Features.Accounts.Roles.Member => IdOf(DemoContent.MemberEmail),
            Conseil.Web.Features.Accounts.Roles.Secretariat => IdOf(DemoContent.SecretariatEmail),
            _ => IdOf(DemoContent.AdministratorEmail),
        };

        private string IdOf(string email)
        {
            using var scope = Factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<AppDb>().Users.Single(u => u.Email == email).Id;
        }
    }

    private static readonly (string? Role, Func<AuthorizationMatrix.Row, Access> Expected)[] Roles =
    [
        (null, r => r.Anonymous),
        (Conseil.Web.Features.Accounts.Roles.Member, r => r.Member),
        (Conseil.Web.Features.Accounts.Roles.Secretariat, r => r.Secretariat),
        (Conseil.Web.Features.Accounts.Roles.Administrator, r => r.Administrator),
    ];

    [Fact]
    public void Every_endpoint_of_the_application_is_in_the_matrix()
    {
        _ = site.Factory.CreateClient();
        var inventory = EndpointInventory.Of(site.Factory.Services).Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        var table = AuthorizationMatrix.Rows.Select(r => r.Endpoint).ToHashSet();
        var rows = AuthorizationMatrix.Rows.Select(r => r.ToString()).ToList();

        var missing = inventory.Except(table).ToList();
        missing.ShouldBeEmpty("Ces points d'accès manquent à AuthorizationMatrix, ajoutez-les avec les rôles autorisés : " + string.Join(", ", missing));
        var stale = table.Except(inventory).ToList();
        stale.ShouldBeEmpty("Ces lignes de AuthorizationMatrix ne correspondent plus à aucun point d'accès : " + string.Join(", ", stale));
        rows.Count.ShouldBe(rows.Distinct().Count());
    }

    [Fact]
    public async Task Each_role_reaches_exactly_what_the_matrix_says()
    {
        var mismatches = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var (role, expected) in Roles)
            {
                var actual = await SendAsync(row, role);
                if (actual != expected(row)) mismatches.Add($"{row} en tant que {role ?? "anonyme"} : attendu {expected(row)}, obtenu {actual}");
            }
        }
        mismatches.ShouldBeEmpty();
    }

    private async Task<Access> SendAsync(AuthorizationMatrix.Row row, string? role)
    {
        var client = site.Factory.CreateClientAs(role, site.UserIdOf(role));
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url);
        if (row.Method == "POST" && !row.Url.StartsWith("/api", StringComparison.Ordinal))
        {
            var token = await AntiforgeryTokenAsync(client, role);
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }
        else if (row.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return Classify(response);
    }

    internal static Access Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        status.ShouldBeLessThan(500, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} a répondu {status}");
        var location = response.Headers.Location?.ToString() ?? "";
        return status switch
        {
            401 => Access.SignIn,
            403 => Access.Denied,
            405 => Access.NotOffered,
            302 when location.Contains("/connexion", StringComparison.Ordinal) && !response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/connexion", StringComparison.Ordinal) => Access.SignIn,
            302 when location.Contains("/acces-refuse", StringComparison.Ordinal) => Access.Denied,
            _ => Access.Ok,
        };
    }

    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client, string? role)
    {
        // Anonymous: the sign-in form; signed in: the sign-out form of the layout. Both carry the token.
        var page = await client.GetStringAsync(role is null ? "/connexion" : "/", TestContext.Current.CancellationToken);
        return TokenPattern().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
