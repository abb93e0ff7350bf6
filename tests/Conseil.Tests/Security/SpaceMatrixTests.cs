using System.Net;
using System.Text;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.Deliverables;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Infrastructure.Files;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roles = Conseil.Web.Features.Accounts.Roles;

namespace Conseil.Tests.Security;

/// <summary>Sends every row of the space matrix as each of the six principals and compares.</summary>
public sealed class SpaceMatrixTests(SpaceMatrixTests.Space space) : IClassFixture<SpaceMatrixTests.Space>
{
    /// <summary>One private dossier with its group and one object of each kind, another group, the president, an outsider.</summary>
    public sealed class Space : IAsyncLifetime
    {
        public ConseilFactory Factory { get; } = new();
        public Dictionary<string, string> Parameters { get; } = [];
        public string MemberUser { get; private set; } = "";
        public string OtherGroupUser { get; private set; } = "";
        public string PresidentUser { get; private set; } = "";
        public string OutsiderUser { get; private set; } = "";
        public string SecretariatUser { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            _ = Factory.CreateClient();
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var member = CompositionBuilders.Person("Agathe", "Membre-du-groupe");
            var other = CompositionBuilders.Person("Bruno", "Autre-groupe");
            var president = CompositionBuilders.Person("Paule", "Présidente");
            db.People.AddRange(member, other, president);
            db.Offices.Add(new Office { Person = president, Kind = OfficeKind.President, StartDate = new DateOnly(2026, 1, 1) });
            var dossier = WorkingGroupBuilders.Dossier("Dossier privé");
            var group = await db.AddGroupAsync("Groupe du dossier privé", dossier, member);
            await db.AddGroupAsync("Autre groupe", WorkingGroupBuilders.Dossier("Autre dossier"), other);

            var document = new DossierDocument { Dossier = dossier, Title = "Note de travail", Kind = DocumentKind.WorkingDocument, CreatedAt = DateTime.UtcNow };
            // A real file in the host's store, so that its download answers 200 to whoever may enter the space.
            using var pdf = new MemoryStream(SampleFiles.Pdf("Note de travail du groupe"));
            var stored = (await scope.ServiceProvider.GetRequiredService<FileStore>().SaveAsync(pdf, "note.pdf", FileKind.All)).File!;
            var version = new DocumentVersion
            {
                Document = document, Number = 1, FileName = stored.DisplayName, StorageName = stored.StorageName,
                ContentType = stored.Kind.MimeType, Size = stored.Size, Sha256 = stored.Sha256, UploadedAt = DateTime.UtcNow,
            };
            var hearing = new Hearing { Dossier = dossier, At = new DateTime(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc) };
            var contribution = new Contribution
            {
                Dossier = dossier, Title = "Contribution d'essai", SharedText = "Texte", Status = ContributionStatus.Accepted,
                ReceivedAt = DateTime.UtcNow, Consented = true,
            };
            var thread = new GroupThread { WorkingGroupId = group.Id, Subject = "Fil d'essai", CreatedAt = DateTime.UtcNow };
            var call = new CallForCandidates
            {
                WorkingGroup = group, Description = "Appel d'essai", OpensOn = new DateOnly(2026, 11, 1), ClosesOn = new DateOnly(2026, 12, 31),
            };
            contribution.Attachments.Add(await StoredAttachmentAsync());
            db.AddRange(document, version, hearing, contribution, thread, call);
            var meeting = ClosedMeeting(db, member, other);
            // The dossier's document is in the meeting pack: those the meeting convenes read it there.
            db.Add(new Conseil.Web.Features.Meetings.Pack.PackDocument { AgendaItem = meeting.Items[0], DocumentVersion = version, AddedAt = ConseilFactory.DefaultNow.UtcDateTime });
            var deliverable = DeliverableBuilders.Draft(dossier);
            db.Add(deliverable);
            await db.SaveChangesAsync();
            // Two versions, so that a comparison has something to compare.
            db.AddRange(DeliverableBuilders.Version(deliverable, 1), DeliverableBuilders.Version(deliverable, 2));
            var amendment = DeliverableBuilders.Amendment(deliverable, member);
            db.Add(amendment);
            await db.SaveChangesAsync();

            MemberUser = await db.AddAccountAsync(member, "agathe.membre@conseil.test");
            OtherGroupUser = await db.AddAccountAsync(other, "bruno.autre@conseil.test");
            PresidentUser = await db.AddAccountAsync(president, "paule.presidente@conseil.test");
            OutsiderUser = await db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.Id).SingleAsync();
            SecretariatUser = await db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync();
            Parameters["{dossier}"] = dossier.Id.ToString();
            Parameters["{group}"] = group.Id.ToString();
            Parameters["{documentId:int}"] = document.Id.ToString();
            Parameters["{versionId:int}"] = version.Id.ToString();
            Parameters["{hearingId:int}"] = hearing.Id.ToString();
            Parameters["{contributionId:int}"] = contribution.Id.ToString();
            Parameters["{attachmentId:int}"] = contribution.Attachments[0].Id.ToString();
            Parameters["{threadId:int}"] = thread.Id.ToString();
            Parameters["{callId:int}"] = call.Id.ToString();
            Parameters["{meeting}"] = meeting.Id.ToString();
            Parameters["{deliverableId:int}"] = deliverable.Id.ToString();
            Parameters["{sectionId}"] = deliverable.Sections[^1].Id.ToString();
            Parameters["{themeId}"] = deliverable.Themes[^1].Id.ToString();
            Parameters["{recommendationId}"] = deliverable.Recommendations[^1].Id.ToString();
            Parameters["{number:int}"] = "1";
            Parameters["{amendmentId:int}"] = amendment.Id.ToString();
            Parameters["{itemId:int}"] = meeting.Items[0].Id.ToString();
        }

        /// <summary>A closed meeting of a commission the member sits on; the member of the other group sits on another one.</summary>
        private static Meeting ClosedMeeting(AppDb db, Person member, Person other)
        {
            var commission = new Body { Slug = "commission-privee", Name = "Commission à huis clos", Kind = BodyKind.StandingCommission };
            var another = new Body { Slug = "autre-commission", Name = "Autre commission", Kind = BodyKind.StandingCommission };
            db.BodyMemberships.AddRange(
                new BodyMembership { Body = commission, Person = member, StartDate = new DateOnly(2026, 1, 1) },
                new BodyMembership { Body = another, Person = other, StartDate = new DateOnly(2026, 1, 1) });
            var meeting = new Meeting
            {
                Body = commission, StartsAt = new DateTime(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2026, 12, 10, 16, 0, 0, DateTimeKind.Utc),
                Place = "Salle 2", Items = [new AgendaItem { Number = 1, Title = "Point d'essai", Kind = AgendaItemKind.Vote }],
            };
            db.Meetings.Add(meeting);
            return meeting;
        }

        /// <summary>A released attachment of the contribution, its bytes in the store: a download answers 200 to whoever may have it.</summary>
        private async Task<ContributionAttachment> StoredAttachmentAsync()
        {
            var saved = await Factory.Services.GetRequiredService<FileStore>()
                .SaveAsync(new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()), "annexe.pdf", FileKind.Documents);
            var file = saved.File!;
            return new ContributionAttachment
            {
                FileName = file.DisplayName, StorageName = file.StorageName, ContentType = file.Kind.MimeType, Size = file.Size, Sha256 = file.Sha256,
            };
        }

        public string Url(SpaceMatrix.Row row)
        {
            var space = row.Pattern.StartsWith("/espace/groupes", StringComparison.Ordinal) ? Parameters["{group}"]
                : row.Pattern.StartsWith("/espace/seances", StringComparison.Ordinal) ? Parameters["{meeting}"] : Parameters["{dossier}"];
            var url = (row.Pattern + row.Query).Replace("{id:int}", space, StringComparison.Ordinal);
            foreach (var (name, value) in Parameters) url = url.Replace(name, value, StringComparison.Ordinal);
            return url;
        }

        public ValueTask DisposeAsync()
        {
            Factory.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static readonly (string Name, string? Role, Func<Space, string?> User, Func<SpaceMatrix.Row, Access> Expected)[] Principals =
    [
        ("anonyme", null, _ => null, r => r.Anonymous),
        ("membre hors groupe", Roles.Member, s => s.OutsiderUser, r => r.Outsider),
        ("membre d'un autre groupe", Roles.Member, s => s.OtherGroupUser, r => r.OtherGroupMember),
        ("membre du groupe", Roles.Member, s => s.MemberUser, r => r.GroupMember),
        ("présidente", Roles.Member, s => s.PresidentUser, r => r.President),
        ("secrétariat", Roles.Secretariat, s => s.SecretariatUser, r => r.Secretariat),
    ];

    [Fact]
    public void Every_endpoint_of_a_space_is_in_the_space_matrix()
    {
        var spaceEndpoints = AuthorizationMatrix.Rows
            .Where(r => SpaceMatrix.SpacePrefixes.Any(p => r.Pattern.StartsWith(p, StringComparison.Ordinal)))
            .Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        var listed = SpaceMatrix.Rows.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        spaceEndpoints.Except(listed).ShouldBeEmpty("Ces points d'accès d'un espace privé manquent à SpaceMatrix");
        listed.Except(spaceEndpoints).ShouldBeEmpty("Ces lignes de SpaceMatrix manquent à AuthorizationMatrix");
    }

    [Fact]
    public async Task Each_principal_of_a_space_reaches_exactly_what_the_space_matrix_says()
    {
        var mismatches = new List<string>();
        foreach (var row in SpaceMatrix.Rows)
        {
            foreach (var (name, role, user, expected) in Principals)
            {
                var actual = await SendAsync(row, role, user(space));
                if (actual != expected(row)) mismatches.Add($"{row} en tant que {name} : attendu {expected(row)}, obtenu {actual}");
            }
        }
        mismatches.ShouldBeEmpty();
    }

    private async Task<Access> SendAsync(SpaceMatrix.Row row, string? role, string? userId)
    {
        var client = space.Factory.CreateClientAs(role, userId);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), space.Url(row));
        if (row.Method == "POST" && !row.Pattern.StartsWith("/api", StringComparison.Ordinal))
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await AuthorizationMatrixTests.AntiforgeryTokenAsync(client, role),
            });
        else if (row.Method is "POST" or "PUT")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? Access.NotFound : AuthorizationMatrixTests.Classify(response);
    }
}
