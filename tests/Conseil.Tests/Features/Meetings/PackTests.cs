using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Features.Dossiers;
using Conseil.Tests.Infrastructure.Files;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The meeting pack, on both databases: the secretariat joins versions of documents of the item's own dossier, never
/// another dossier's; whoever the meeting convenes downloads them from the meeting, anyone else gets 404; a vote on
/// the item is bound to the exact version put to it, its SHA-256 recorded when it opens.
/// </summary>
public sealed class PackTests : MeetingTest
{
    private static readonly DateTime Day = new(2027, 1, 12, 13, 0, 0, DateTimeKind.Utc);

    private sealed record Scene(int MeetingId, int ItemId, List<Person> Members, DocumentVersion Text, DocumentVersion Elsewhere)
    {
        public string Url => MeetingPaths.Meeting(MeetingId);
    }

    /// <summary>A closed commission meeting whose vote item concerns a dossier with one document; another dossier has one too.</summary>
    private async Task<Scene> SceneAsync(string name)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        async Task<DocumentVersion> DocumentAsync(Dossier dossier, string title)
        {
            using var pdf = new MemoryStream(SampleFiles.Pdf(title));
            var stored = (await store.SaveAsync(pdf, "texte.pdf", FileKind.All, cancellationToken: Ct)).File!;
            var version = new DocumentVersion
            {
                Document = new DossierDocument { Dossier = dossier, Title = title, Kind = DocumentKind.Draft, CreatedAt = Factory.Clock.GetUtcNow().UtcDateTime },
                Number = 1, FileName = stored.DisplayName, StorageName = stored.StorageName, ContentType = stored.Kind.MimeType, Size = stored.Size,
                Sha256 = stored.Sha256, UploadedAt = Factory.Clock.GetUtcNow().UtcDateTime,
            };
            db.Add(version);
            await db.SaveChangesAsync(Ct);
            return version;
        }
        var dossier = await db.AddDossierAsync($"{name} : dossier", DossierState.Drafting, null);
        var other = await db.AddDossierAsync($"{name} : autre dossier", DossierState.Drafting, null);
        var text = await DocumentAsync(dossier, "Projet d'avis");
        var elsewhere = await DocumentAsync(other, "Note d'un autre groupe");
        var (meeting, members) = await db.AddCommissionMeetingAsync(name, 3, Day);
        var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.Kind == AgendaItemKind.Vote, Ct);
        item.DossierId = dossier.Id;
        await db.SaveChangesAsync(Ct);
        return new Scene(meeting.Id, item.Id, members, text, elsewhere);
    }

    private Task<HttpResponseMessage> JoinAsync(Scene scene, int versionId, int? itemId = null) => Forms.PostAsync(Secretariat, scene.Url,
        new Dictionary<string, string> { ["Joined.ItemId"] = (itemId ?? scene.ItemId).ToString(), ["Joined.VersionId"] = versionId.ToString() },
        scene.Url + "?handler=AddDocument");

    private static async Task<string> ErrorAsync(HttpResponseMessage response, int itemId)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
        return page.QuerySelector($"#pack-{itemId}-erreur")?.TextContent ?? page.QuerySelector("[role=alert]")!.TextContent;
    }

    [Fact]
    public async Task A_document_of_the_items_dossier_is_joined_and_read_by_those_convened_and_another_dossiers_is_refused()
    {
        var scene = await SceneAsync("Commission du dossier de séance");
        (await JoinAsync(scene, scene.Text.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await ErrorAsync(await JoinAsync(scene, scene.Elsewhere.Id), scene.ItemId))
            .ShouldBe("Ce document appartient à un autre dossier, espace privé de ses groupes de travail : seul un document du dossier du point se joint au dossier de séance.");
        var information = await QueryAsync(db => db.AgendaItems.Where(i => i.MeetingId == scene.MeetingId && i.Kind == AgendaItemKind.Information).Select(i => i.Id).SingleAsync(Ct));
        (await ErrorAsync(await JoinAsync(scene, scene.Text.Id, information), information))
            .ShouldContain("Ce point ne concerne aucun dossier");
        (await ErrorAsync(await JoinAsync(scene, scene.Text.Id), scene.ItemId)).ShouldBe("Ce document est déjà au dossier de séance de ce point.");
        (await QueryAsync(db => db.Set<PackDocument>().CountAsync(p => p.AgendaItem.MeetingId == scene.MeetingId, Ct))).ShouldBe(1);

        // A member convened, outside the dossier's working groups, reads it from the meeting; someone not convened gets 404.
        var member = Factory.CreateClientAs(Roles.Member, await QueryAsync(db => db.AddAccountAsync(scene.Members[0], "convoque@exemple.test")));
        var outsider = Factory.CreateClientAs(Roles.Member, await QueryAsync(async db =>
        {
            var p = Composition.CompositionBuilders.Person("Non", "Convoquée");
            db.People.Add(p);
            await db.SaveChangesAsync(Ct);
            return await db.AddAccountAsync(p, "non-convoquee@exemple.test");
        }));
        var download = MeetingPaths.PackDocument(scene.MeetingId, scene.Text.Id);
        (await member.GetStringAsync(scene.Url, Ct)).ShouldContain($"href=\"{download}\"");
        var file = await member.GetAsync(download, Ct);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        file.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await outsider.GetAsync(download, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.GetAsync(MeetingPaths.PackDocument(scene.MeetingId, scene.Elsewhere.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_vote_on_the_item_is_bound_to_the_version_put_to_it_with_its_checksum()
    {
        var scene = await SceneAsync("Commission du texte soumis");
        (await JoinAsync(scene, scene.Text.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var m = scene.Members;
        (await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(scene.MeetingId),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Present", null), (m[2], "Excused", null)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Forms.PostAsync(Secretariat, scene.Url, new Dictionary<string, string>(), scene.Url + "?handler=Conclude")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The pack is fixed once the meeting is held.
        (await ErrorAsync(await JoinAsync(scene, scene.Text.Id), scene.ItemId)).ShouldContain("Le dossier de séance se compose avant la séance.");

        var vote = MeetingPaths.Vote(scene.MeetingId, scene.ItemId);
        Task<HttpResponseMessage> OpenAsync(string text) => Forms.PostAsync(Secretariat, vote,
            new Dictionary<string, string> { ["Opening.Method"] = "ShowOfHands", ["Opening.Majority"] = "VotesCast", ["Opening.TextVersionId"] = text },
            vote + "?handler=Open");
        var refused = await new HtmlParser().ParseDocumentAsync(await (await OpenAsync("")).Content.ReadAsStringAsync(Ct));
        refused.QuerySelector("#Opening_TextVersionId-error")!.TextContent.Trim()
            .ShouldBe("Choisissez, parmi les documents du dossier de séance, le texte soumis au vote.");
        (await OpenAsync(scene.Elsewhere.Id.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await QueryAsync(db => db.Votes.AnyAsync(v => v.AgendaItemId == scene.ItemId, Ct))).ShouldBeFalse();

        (await OpenAsync(scene.Text.Id.ToString())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var opened = await QueryAsync(db => db.Votes.SingleAsync(v => v.AgendaItemId == scene.ItemId, Ct));
        (opened.TextVersionId, opened.TextSha256).ShouldBe((scene.Text.Id, scene.Text.Sha256));
        var page = await new HtmlParser().ParseDocumentAsync(await Secretariat.GetStringAsync(vote, Ct));
        page.QuerySelector("#texte-soumis")!.TextContent.ShouldContain($"Projet d'avis, version 1");
        page.QuerySelector("#texte-soumis code")!.TextContent.ShouldBe(scene.Text.Sha256);
    }
}
