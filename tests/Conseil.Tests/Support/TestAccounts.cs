using System.Net;
using System.Text.RegularExpressions;
using Conseil.Web.Data.Seed;

namespace Conseil.Tests.Support;

/// <summary>
/// Signs a client in through the real pages, as a browser would: password, then for accounts that need two
/// factors either the enrolment (reading the key from the page) or the code step. The client must keep
/// cookies and not follow redirects (<see cref="ConseilFactory.CreateBrowserLikeClient"/>).
/// </summary>
public static partial class TestAccounts
{
    // Keys of accounts enrolled through this helper, so a later sign-in can answer the code step.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new();

    /// <summary>
    /// Signs in and returns the account's authenticator key (null for an account without one). For the code step,
    /// give the key that enrolment returned; without it the key this helper last saw for that address is used,
    /// which is only right when a single test host enrols that account.
    /// </summary>
    public static async Task<string?> SignInAsync(
        HttpClient client, string email, string password = DemoContent.Password, string? authenticatorKey = null)
    {
        var response = await Forms.PostAsync(client, "/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var next = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString ?? "" : "";
        if (next.StartsWith("/connexion/code", StringComparison.Ordinal))
        {
            var key = authenticatorKey ?? (Keys.TryGetValue(email, out var known) ? known
                : throw new InvalidOperationException($"Clé d'authentification inconnue pour {email}"));
            response = await Forms.PostAsync(client, next, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
            EnsureRedirect(response, email);
            return key;
        }
        if (next.StartsWith("/compte/double-authentification", StringComparison.Ordinal))
        {
            var key = await EnrolAsync(client, next);
            Keys[email] = key;
            return key;
        }
        EnsureRedirect(response, email);
        return null;
    }

    /// <summary>Completes the enrolment page of the signed-in client and returns the key it showed.</summary>
    public static async Task<string> EnrolAsync(HttpClient client, string page = "/compte/double-authentification")
    {
        var html = await client.GetStringAsync(page);
        var key = KeyPattern().Match(html).Groups[1].Value;
        if (key.Length == 0) throw new InvalidOperationException("Pas de clé sur la page d'activation");
        var response = await Forms.PostAsync(client, page, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        var body = await response.Content.ReadAsStringAsync();
        if (!body.Contains("Vos codes de secours", StringComparison.Ordinal))
            throw new InvalidOperationException("L'activation de la double authentification a échoué");
        return key;
    }

    private static void EnsureRedirect(HttpResponseMessage response, string email)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"La connexion de {email} a échoué ({(int)response.StatusCode})");
    }

    [GeneratedRegex("<code id=\"cle-authentification\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();
}
