using Conseil.Web.Data;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Bench;

/// <summary>
/// The dossiers of years of work: many dossiers in every state for the secretariat's dashboard, and one large
/// dossier (hundreds of hearings, a thousand contributions, hundreds of documents) whose working group has the given
/// person as a member. Shared with the statement-count test.
/// </summary>
public static class DossierGenerator
{
    public const int DossiersPerScale = 2000;
    public const int Hearings = 200, Contributions = 1000, Documents = 500;
    public const string LargeDossierName = "Dossier volumineux (banc d'essai)";
    private const int Batch = 500;

    public static async Task AddDossiersAsync(AppDb db, int count, DateOnly today, CancellationToken ct)
    {
        var states = Enum.GetValues<DossierState>();
        for (var i = 0; i < count; i++)
        {
            var state = states[i % states.Length];
            var received = today.AddDays(-(i % 900) - 30);
            db.Dossiers.Add(new Dossier
            {
                Name = $"Saisine générée n° {i + 1}", Kind = (ReferralKind)(i % 4), ReceivedOn = received,
                Deadline = received.AddDays(120 + i % 90), State = state,
                Questions = [new DossierQuestion { Number = 1, Text = "Question générée" }],
                Moves = [new DossierMove { To = DossierState.Received, On = received, At = received.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), ByName = "Secrétariat" }],
            });
            if ((i + 1) % Batch == 0) await SaveAsync(db, ct);
        }
        await SaveAsync(db, ct);
    }

    /// <summary>The large dossier, its group (the member co-leads it), and its hearings, contributions and documents.</summary>
    public static async Task<int> AddLargeDossierAsync(AppDb db, int memberPersonId, DateOnly today, int scale, CancellationToken ct)
    {
        var id = await AddGroupDossierAsync(db, memberPersonId, today, ct);
        await GrowAsync(db, id, Hearings * scale, Contributions * scale, Documents * scale, today, ct);
        return id;
    }

    /// <summary>An empty dossier under examination, whose working group the member co-leads.</summary>
    public static async Task<int> AddGroupDossierAsync(AppDb db, int memberPersonId, DateOnly today, CancellationToken ct)
    {
        var dossier = new Dossier
        {
            Name = LargeDossierName, Kind = ReferralKind.Interministerial, ReceivedOn = today.AddDays(-200), Deadline = today.AddDays(20),
            State = DossierState.UnderExamination,
            Themes = Enumerable.Range(1, 5).Select(n => new DossierTheme { Number = n, Name = $"Thème {n}" }).ToList(),
        };
        db.Dossiers.Add(dossier);
        db.WorkingGroups.Add(new WorkingGroup
        {
            Name = "Groupe du dossier volumineux", Dossier = dossier, StartDate = today.AddDays(-180), EndDate = today.AddDays(180),
            Members = [new GroupMember { PersonId = memberPersonId, Role = GroupRole.CoLead, StartDate = today.AddDays(-180) }],
        });
        await SaveAsync(db, ct);
        return dossier.Id;
    }

    /// <summary>Adds hearings (two people heard each), contributions and documents (one version each) to the dossier.</summary>
    public static async Task GrowAsync(AppDb db, int dossierId, int hearings, int contributions, int documents, DateOnly today, CancellationToken ct)
    {
        var at = today.AddDays(-150).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var first = await db.DossierDocuments.CountAsync(d => d.DossierId == dossierId, ct);
        for (var i = 0; i < hearings; i++)
        {
            db.Hearings.Add(new Hearing
            {
                DossierId = dossierId, At = at.AddHours(i * 5), Place = "Visioconférence", Notes = "Notes générées",
                Participants =
                [
                    new HearingParticipant { FullName = $"Personne auditionnée {i}", Role = "Directrice", Organisation = $"Organisme {i % 40}", ConsentsToPublication = i % 3 != 0 },
                    new HearingParticipant { FullName = $"Second intervenant {i}", Role = "Chargé de mission", Organisation = $"Organisme {i % 40}", ConsentsToPublication = true },
                ],
            });
            if ((i + 1) % Batch == 0) await SaveAsync(db, ct);
        }
        for (var i = 0; i < contributions; i++)
        {
            db.Contributions.Add(new Contribution
            {
                DossierId = dossierId, Title = $"Contribution générée {i}", OrganisationName = $"Comité local {i % 13}",
                ContributorKind = (ContributorKind)(i % 3), SharedText = "Texte généré de la contribution.",
                Status = i % 10 == 0 ? ContributionStatus.Held : ContributionStatus.Accepted, Consented = true,
                ReceivedAt = at.AddHours(i),
            });
            if ((i + 1) % Batch == 0) await SaveAsync(db, ct);
        }
        for (var n = 0; n < documents; n++)
        {
            var i = first + n;
            db.DossierDocuments.Add(new DossierDocument
            {
                DossierId = dossierId, Title = $"Document généré {i}", Kind = DocumentKind.WorkingDocument, CreatedAt = at.AddHours(i),
                Versions =
                [
                    new DocumentVersion
                    {
                        Number = 1, FileName = $"document-{i}.pdf", StorageName = $"genere-{dossierId}-{i}.pdf", ContentType = "application/pdf",
                        Size = 1024, Sha256 = new string('0', 64), UploadedAt = at.AddHours(i), UploadedBy = "Secrétariat",
                    },
                ],
            });
            if ((n + 1) % Batch == 0) await SaveAsync(db, ct);
        }
        await SaveAsync(db, ct);
    }

    private static async Task SaveAsync(AppDb db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
