using System.Net;
using Conseil.Tests.Features.Meetings;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Votes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>
/// The secretariat puts a saved version on the agenda of a meeting of the body that adopts the deliverable; the vote
/// is bound to the version's hash; adopted, the text is frozen and the handover dated; a version whose text no longer
/// matches the hash voted on is not recorded as adopted.
/// </summary>
public sealed class AdoptionTests : MeetingTest
{
    private static readonly DateTime Day = new(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc);

    private sealed record Scene(int Dossier, int Deliverable, int MeetingId, int ItemId, string Hash)
    {
        public string Vote => MeetingPaths.Vote(MeetingId, ItemId);
    }

    /// <summary>A meeting of three members, to come; a deliverable adopted by that body, with its version n° 1 put on the agenda.</summary>
    private async Task<Scene> PutOnAgendaAsync()
    {
        var (meeting, members) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission d'adoption", 3, Day));
        var (dossier, deliverable, hash) = await QueryAsync(async db =>
        {
            var dossier = WorkingGroupBuilders.Dossier("Dossier à adopter", DossierState.Drafting);
            var deliverable = DeliverableBuilders.Draft(dossier);
            deliverable.BodyId = meeting.BodyId;
            db.Add(deliverable);
            await db.SaveChangesAsync(Ct);
            var version = DeliverableBuilders.Version(deliverable, 1);
            db.Add(version);
            await db.SaveChangesAsync(Ct);
            return (dossier.Id, deliverable.Id, version.ContentHash);
        });
        var page = DeliverablePaths.Version(dossier, deliverable, 1);
        var put = await Forms.PostAsync(Secretariat, page, new Dictionary<string, string> { ["Vote.MeetingId"] = meeting.Id.ToString() });
        put.StatusCode.ShouldBe(HttpStatusCode.Redirect, await put.Content.ReadAsStringAsync(Ct));
        var again = await Forms.PostAsync(Secretariat, page, new Dictionary<string, string> { ["Vote.MeetingId"] = meeting.Id.ToString() });
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("Une version du livrable est déjà inscrite à l&#x27;ordre du jour");
        var item = await QueryAsync(db => db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.DeliverableVersionId != null, Ct));
        item.Title.ShouldBe("Adoption du rapport « Rapport d'essai », version n° 1");
        item.Kind.ShouldBe(AgendaItemKind.Vote);

        (await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id), MeetingBuilders.Sheet(
            (members[0], "Present", null), (members[1], "Present", null), (members[2], "Present", null)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = MeetingPaths.Meeting(meeting.Id);
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string>(), url + "?handler=Conclude")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var scene = new Scene(dossier, deliverable, meeting.Id, item.Id, hash);
        var opened = await Forms.PostAsync(Secretariat, scene.Vote, new Dictionary<string, string>
        {
            ["Opening.Method"] = "ShowOfHands", ["Opening.Majority"] = "VotesCast",
        }, scene.Vote + "?handler=Open");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync(Ct));
        return scene;
    }

    private Task<HttpResponseMessage> CloseAsync(Scene scene) => Forms.PostAsync(Secretariat, scene.Vote,
        new Dictionary<string, string> { ["Closing.For"] = "3", ["Closing.Against"] = "0", ["Closing.Abstain"] = "0" }, scene.Vote + "?handler=Close");

    private Task<Deliverable> DeliverableAsync(Scene scene) => QueryAsync(db => db.Deliverables.AsNoTracking().SingleAsync(d => d.Id == scene.Deliverable, Ct));

    [Fact]
    public async Task The_vote_bound_to_the_version_adopts_it_and_the_text_is_frozen_then_handed_over()
    {
        var scene = await PutOnAgendaAsync();
        (await QueryAsync(db => db.Votes.SingleAsync(v => v.AgendaItemId == scene.ItemId, Ct))).TextSha256.ShouldBe(scene.Hash);
        (await Secretariat.GetStringAsync(scene.Vote, Ct)).ShouldContain(scene.Hash);
        (await CloseAsync(scene)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var adopted = await DeliverableAsync(scene);
        adopted.AdoptedVersionNumber.ShouldBe(1);
        adopted.AdoptedAt.ShouldNotBeNull();
        var draft = DeliverablePaths.Deliverable(scene.Dossier, scene.Deliverable);
        var frozen = await Forms.PostAsync(Secretariat, draft, new Dictionary<string, string> { ["NewTheme.Title"] = "Trop tard" }, draft + "?handler=AddTheme");
        (await frozen.Content.ReadAsStringAsync(Ct)).ShouldContain("Le texte est adopté (version n° 1) : il ne change plus.");
        (await QueryAsync(db => db.Set<RecommendationTheme>().CountAsync(t => t.DeliverableId == scene.Deliverable, Ct))).ShouldBe(2);
        var page = await Secretariat.GetStringAsync(draft, Ct);
        page.ShouldContain("Rapport d&#x27;essai (version 1)");
        page.ShouldNotContain("Ajouter une préconisation");

        var future = await Forms.PostAsync(Secretariat, draft, new Dictionary<string, string> { ["Handover.On"] = "2026-12-31" }, draft + "?handler=HandOver");
        (await future.Content.ReadAsStringAsync(Ct)).ShouldContain("La remise ne peut pas être datée d&#x27;un jour à venir.");
        var handed = await Forms.PostAsync(Secretariat, draft, new Dictionary<string, string> { ["Handover.On"] = "2026-11-22" }, draft + "?handler=HandOver");
        handed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DeliverableAsync(scene)).HandedOverOn.ShouldBe(new DateOnly(2026, 11, 22));
    }

    [Fact]
    public async Task A_version_whose_text_no_longer_matches_the_hash_voted_on_is_not_adopted_and_the_vote_stays_open()
    {
        var scene = await PutOnAgendaAsync();
        await QueryAsync(async db =>
        {
            var version = await db.Set<DeliverableVersion>().SingleAsync(v => v.DeliverableId == scene.Deliverable, Ct);
            version.Content = version.Content.Replace("Introduction", "Introduction modifiée", StringComparison.Ordinal);
            return await db.SaveChangesAsync(Ct);
        });
        var refused = await CloseAsync(scene);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("ne correspond plus au texte mis aux voix : l&#x27;adoption n&#x27;est pas enregistrée.");
        (await DeliverableAsync(scene)).IsAdopted.ShouldBeFalse();
        (await QueryAsync(db => db.Votes.SingleAsync(v => v.AgendaItemId == scene.ItemId, Ct))).Status.ShouldBe(VoteStatus.Open);
    }
}
