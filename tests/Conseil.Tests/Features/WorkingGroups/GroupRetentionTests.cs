using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.Privacy;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.WorkingGroups;

/// <summary>Retention of the groups' personal data: a candidacy a year after the selection, a former member's notification choice.</summary>
public sealed class GroupRetentionTests : AppTest
{
    private async Task<RetentionRules.Outcome> ApplyOnAsync(DateOnly today)
    {
        Factory.Clock.Now = new DateTimeOffset(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRules>().ApplyAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), today, Ct);
    }

    [Fact]
    public async Task A_candidacy_is_deleted_a_year_after_the_selection_its_decision_living_on_in_the_group()
    {
        var decided = new DateOnly(2026, 10, 1);
        var (candidacyId, personId) = await QueryAsync(async db =>
        {
            var (person, _) = await db.AddCouncilMemberAsync("Carla", "Ancienne-candidate", decided);
            var group = await db.AddGroupAsync("Groupe sélectionné", WorkingGroupBuilders.Dossier(), person);
            var call = await db.AddCallAsync(group, decided.AddDays(-20), decided.AddDays(-5));
            call.DecidedOn = decided;
            var candidacy = new Candidacy { CallForCandidatesId = call.Id, PersonId = person.Id, Motivation = "Motivation à oublier", SubmittedAt = DateTime.UtcNow, Decision = CandidacyDecision.Selected };
            db.Candidacies.Add(candidacy);
            await db.SaveChangesAsync(Ct);
            return (candidacy.Id, person.Id);
        });

        await ApplyOnAsync(decided.AddMonths(12)); // older candidacies of the demo may go that day, not this one
        (await QueryAsync(db => db.Candidacies.AnyAsync(c => c.Id == candidacyId, Ct))).ShouldBeTrue();
        (await ApplyOnAsync(decided.AddMonths(12).AddDays(1))).DeletedCandidacies.ShouldBe(1);
        (await QueryAsync(db => db.Candidacies.AnyAsync(c => c.Id == candidacyId, Ct))).ShouldBeFalse();
        (await QueryAsync(db => db.GroupMembers.AnyAsync(m => m.PersonId == personId, Ct))).ShouldBeTrue();
        (await Factory.FindEverywhereAsync("Motivation à oublier")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_former_members_notification_choice_and_pending_news_go_with_their_account()
    {
        var lastEnd = new DateOnly(2021, 12, 31);
        var personId = await QueryAsync(async db =>
        {
            var person = await db.AddFormerMemberAsync(lastEnd, "ancienne.notifiee@exemple.test", Ct);
            db.NotificationPreferences.Add(NotificationSettings.New(person.Id, NotificationMode.DailyDigest));
            db.PendingNotifications.Add(new PendingNotification { PersonId = person.Id, Text = "Nouvelle oubliée", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Ct);
            return person.Id;
        });

        await ApplyOnAsync(lastEnd.AddYears(1));
        (await QueryAsync(db => db.NotificationPreferences.AnyAsync(n => n.PersonId == personId, Ct))).ShouldBeTrue();
        (await ApplyOnAsync(lastEnd.AddYears(1).AddDays(1))).DeletedNotificationSettings.ShouldBeGreaterThanOrEqualTo(1);
        (await QueryAsync(db => db.NotificationPreferences.AnyAsync(n => n.PersonId == personId, Ct))).ShouldBeFalse();
        (await QueryAsync(db => db.PendingNotifications.AnyAsync(n => n.PersonId == personId, Ct))).ShouldBeFalse();
    }
}
