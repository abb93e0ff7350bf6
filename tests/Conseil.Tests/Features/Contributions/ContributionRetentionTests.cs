using Conseil.Tests.Features.Privacy;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Contributions;

/// <summary>
/// The retention of contributions, through the rules the daily job applies: the contributor's name and address 12 months
/// after receipt, the text as received 30 days after its redaction; the audit log's copies go with them.
/// </summary>
public sealed class ContributionRetentionTests : ContributionTest
{
    private const string Phone = "06 39 98 12 34";

    private async Task ApplyOnAsync(DateOnly today)
    {
        Factory.Clock.Now = new DateTimeOffset(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionRules>().ApplyAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), today, Ct);
    }

    private Task<Contribution> OneAsync(int id) => QueryAsync(db => db.Contributions.AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    [Fact]
    public async Task The_original_of_a_redacted_contribution_goes_30_days_after_its_redaction_and_the_contributors_details_after_12_months()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, $"Joindre la coordinatrice au {Phone}."));
        var id = (await QueryAsync(db => db.Contributions.SingleAsync(Ct))).Id;
        var page = $"/espace/dossiers/{open.DossierId}/contributions/{id}";
        await Forms.PostAsync(Secretariat(), page, new Dictionary<string, string>
        {
            ["Redaction.Title"] = "Retour d'expérience", ["Redaction.Text"] = "Joindre la coordinatrice au [numéro de téléphone masqué].",
        }, page + "?handler=Redact");
        var redactedOn = DateOnly.FromDateTime((await OneAsync(id)).RedactedAt!.Value);
        (await Factory.FindEverywhereAsync(Phone)).ShouldBe(["AuditEntries.After", "Contributions.OriginalText"], ignoreOrder: true);

        await ApplyOnAsync(redactedOn.AddDays(30));
        (await OneAsync(id)).OriginalText.ShouldNotBeNull();
        await ApplyOnAsync(redactedOn.AddDays(31));
        var purged = await OneAsync(id);
        purged.OriginalText.ShouldBeNull();
        purged.SharedText.ShouldBe("Joindre la coordinatrice au [numéro de téléphone masqué].");
        purged.AuthorName.ShouldBe("Camille Contributrice");
        (await Factory.FindEverywhereAsync(Phone)).ShouldBeEmpty();

        var received = DateOnly.FromDateTime(purged.ReceivedAt);
        await ApplyOnAsync(received.AddMonths(12));
        (await OneAsync(id)).AuthorEmail.ShouldNotBeNull();
        await ApplyOnAsync(received.AddMonths(12).AddDays(1));
        var cleared = await OneAsync(id);
        (cleared.AuthorName, cleared.AuthorEmail).ShouldBe(("", (string?)null));
        (await Factory.FindEverywhereAsync("camille@exemple.test")).ShouldBeEmpty();
        (await Factory.FindEverywhereAsync("Camille Contributrice")).ShouldBeEmpty();
        cleared.SharedText.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_held_contribution_waiting_for_the_secretariat_keeps_its_original_and_a_rejected_one_loses_it_30_days_after()
    {
        var ids = await QueryAsync(async db =>
        {
            var waiting = ContributionBuilders.Contribution(null, ContributionStatus.Held, $"Au {Phone}.");
            var rejected = ContributionBuilders.Contribution(null, ContributionStatus.Held, $"Au {Phone}.");
            rejected.Status = ContributionStatus.Rejected;
            rejected.DecidedAt = new DateTime(2026, 11, 12, 9, 0, 0, DateTimeKind.Utc);
            db.Contributions.AddRange(waiting, rejected);
            await db.SaveChangesAsync(Ct);
            return (Waiting: waiting.Id, Rejected: rejected.Id);
        });
        await ApplyOnAsync(new DateOnly(2026, 12, 13));
        (await OneAsync(ids.Waiting)).OriginalText.ShouldNotBeNull();
        (await OneAsync(ids.Rejected)).OriginalText.ShouldBeNull();
    }
}
