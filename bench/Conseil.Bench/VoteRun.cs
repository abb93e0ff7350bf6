using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Conseil.Bench;

/// <summary>
/// The vote benchmark, through the real HTTP endpoints: the secretariat opens the electronic vote of
/// <see cref="VoteSetup"/>'s meeting; every voter, signed in through the sign-in form, reads the vote page and sends
/// their ballot, the ballots spread over the same window of seconds; then the secretariat closes the vote. Prints one
/// JSON line: ballots per second, latency percentiles, the time until the tally is on the page, and the checks
/// that every ballot was counted once.
/// </summary>
internal static partial class VoteRun
{
    public static async Task<int> RunAsync(string baseUrl, string secretariatCookie, string votePath, int voters, int windowSeconds)
    {
        var staff = Staff(baseUrl, secretariatCookie);
        await PostAsync(staff, votePath, "Open", new() { ["Opening.Method"] = "Electronic", ["Opening.Majority"] = "MembersPresentOrRepresented" }, expectRedirect: true);

        // Signed in and on the vote page before the window opens: the hashing of 1,000 passwords is not the vote's cost.
        var signedIn = new Client[voters];
        using (var gate = new SemaphoreSlim(Environment.ProcessorCount * 2))
        {
            await Task.WhenAll(Enumerable.Range(0, voters).Select(async i =>
            {
                await gate.WaitAsync();
                try { signedIn[i] = await SignInAsync(baseUrl, VoteSetup.Email(i), votePath); }
                finally { gate.Release(); }
            }));
        }

        var choices = new[] { "For", "Against", "Abstain", "For" };
        var latencies = new double[voters];
        var statuses = new HttpStatusCode[voters];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(signedIn.Select(async (voter, i) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(windowSeconds * (double)i / voters));
            var started = clock.Elapsed;
            statuses[i] = await voter.Http.PostAsync($"{votePath}?handler=Cast", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Ballot.Choices[0].PersonId"] = voter.PersonId, ["Ballot.Choices[0].Choice"] = choices[i % choices.Length],
                ["__RequestVerificationToken"] = voter.Token,
            })).ContinueWith(t => t.Result.StatusCode);
            latencies[i] = (clock.Elapsed - started).TotalMilliseconds;
        }));
        var castSeconds = clock.Elapsed.TotalSeconds;

        // The same ballots again: each refused, none counted twice.
        var again = await Task.WhenAll(signedIn.Take(50).Select(v => v.Http.PostAsync($"{votePath}?handler=Cast", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Ballot.Choices[0].PersonId"] = v.PersonId, ["Ballot.Choices[0].Choice"] = "For", ["__RequestVerificationToken"] = v.Token }))));

        var closing = Stopwatch.StartNew();
        await PostAsync(staff, votePath, "Close", [], expectRedirect: true);
        var page = await staff.Http.GetStringAsync(votePath);
        var tallyMs = closing.Elapsed.TotalMilliseconds;
        var result = ResultPattern().Match(WebUtility.HtmlDecode(page));
        var counted = result.Success ? Enumerable.Range(1, 3).Sum(g => int.Parse(result.Groups[g].Value, CultureInfo.InvariantCulture)) : -1;

        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(voters - 1, (int)Math.Ceiling(p * voters) - 1)];
        var accepted = statuses.Count(s => s == HttpStatusCode.Redirect);
        var refusedAgain = again.Count(r => r.StatusCode == HttpStatusCode.OK);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"voters\":{voters},\"window_s\":{windowSeconds},\"accepted\":{accepted},\"counted\":{counted},\"resent_refused\":{refusedAgain}," +
            $"\"cast_s\":{castSeconds:F2},\"ballots_per_second\":{voters / castSeconds:F1},\"p50_ms\":{Percentile(0.5):F1},\"p99_ms\":{Percentile(0.99):F1}," +
            $"\"tally_ms\":{tallyMs:F0}}}"));
        return accepted == voters && counted == voters && refusedAgain == again.Length && tallyMs < 1000 ? 0 : 1;
    }

    private sealed record Client(HttpClient Http, string PersonId, string Token);

    private static Client Staff(string baseUrl, string cookie)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return new Client(http, "", "");
    }

    private static async Task<Client> SignInAsync(string baseUrl, string email, string votePath)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };
        var form = await http.GetStringAsync("/connexion");
        var signedIn = await http.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = BenchMember.Password, ["__RequestVerificationToken"] = Token(form),
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect || signedIn.Headers.Location?.ToString().Contains("connexion", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"sign-in of {email} failed: {signedIn.StatusCode} {signedIn.Headers.Location}");
        var page = await http.GetStringAsync(votePath);
        var person = BallotPerson().Match(page);
        if (!person.Success) throw new InvalidOperationException($"{email} has no ballot on {votePath}");
        return new Client(http, person.Groups[1].Value, Token(page));
    }

    private static async Task PostAsync(Client client, string path, string handler, Dictionary<string, string> fields, bool expectRedirect)
    {
        var page = await client.Http.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Token(page);
        var response = await client.Http.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields));
        if (expectRedirect && response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{handler} on {path}: {response.StatusCode}");
    }

    private static string Token(string page) =>
        TokenPattern().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Ballot.Choices\\[0\\].PersonId\" value=\"(\\d+)\"")]
    private static partial Regex BallotPerson();

    [GeneratedRegex(@"(\d+) pour, (\d+) contre, (\d+) abstention")]
    private static partial Regex ResultPattern();
}
