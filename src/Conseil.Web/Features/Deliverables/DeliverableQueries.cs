using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables;

public sealed record DeliverableRow(int Id, DeliverableKind Kind, string Title, string? Body, int Recommendations, int Versions);

/// <summary>What supports a recommendation, as a reader sees it: « Audition du 4 novembre 2020 (ANDASS) ».</summary>
public sealed record EvidenceLine(int RecommendationId, string Label);

/// <summary>The draft as its page shows it: the text, who adopts it, and what supports each recommendation.</summary>
public sealed record DraftView(Deliverable Deliverable, DraftSnapshot Text, string? Body, ILookup<int, EvidenceLine> Evidence, int? LatestVersion, int PendingAmendments);

/// <summary>What a recommendation's form chooses from, one statement each.</summary>
public sealed record RecommendationChoices(
    List<SelectListItem> Themes, List<SelectListItem> Organisations, List<SelectListItem> Hearings,
    List<SelectListItem> Contributions, List<SelectListItem> Documents);

/// <summary>The reads of the deliverables' pages; the statements do not grow with the number of recommendations.</summary>
public sealed class DeliverableQueries(AppDb db, DraftEditor drafts)
{
    /// <summary>The title of a deliverable of the dossier, or null when the dossier has no such deliverable.</summary>
    public Task<string?> TitleAsync(int dossierId, int deliverableId, CancellationToken ct) =>
        db.Deliverables.Where(d => d.Id == deliverableId && d.DossierId == dossierId).Select(d => d.Title).SingleOrDefaultAsync(ct);

    public Task<List<DeliverableRow>> ListAsync(int dossierId, CancellationToken ct) =>
        db.Deliverables.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .Select(d => new DeliverableRow(d.Id, d.Kind, d.Title, d.Body == null ? null : d.Body.Name, d.Recommendations.Count,
                db.Set<DeliverableVersion>().Count(v => v.DeliverableId == d.Id)))
            .ToListAsync(ct);

    public async Task<DraftView?> DraftAsync(int dossierId, int deliverableId, CancellationToken ct)
    {
        if (await drafts.LoadAsync(dossierId, deliverableId, ct) is not { } deliverable) return null;
        var body = deliverable.BodyId is { } bodyId ? await db.Bodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct) : null;
        var evidence = await db.Set<RecommendationEvidence>().AsNoTracking()
            .Where(e => db.Set<Recommendation>().Any(r => r.Id == e.RecommendationId && r.DeliverableId == deliverableId))
            // Only what is still the dossier's and shared with its groups: a contribution since moved or rejected drops out.
            .Where(e => e.Hearing != null ? e.Hearing.DossierId == dossierId
                : e.Contribution != null ? e.Contribution.DossierId == dossierId && e.Contribution.Status == ContributionStatus.Accepted
                : e.Document != null && e.Document.DossierId == dossierId)
            .Select(e => new
            {
                e.RecommendationId, Hearing = e.Hearing == null ? null : (DateTime?)e.Hearing.At,
                Heard = e.Hearing == null ? null : e.Hearing.Participants.OrderBy(p => p.Id).Select(p => p.Organisation != "" ? p.Organisation : p.FullName).FirstOrDefault(),
                Contribution = e.Contribution == null ? null : e.Contribution.Title,
                Document = e.Document == null ? null : e.Document.Title,
            })
            .ToListAsync(ct);
        var counts = await db.Deliverables.Where(d => d.Id == deliverableId).Select(d => new
        {
            Latest = db.Set<DeliverableVersion>().Where(v => v.DeliverableId == d.Id).Max(v => (int?)v.Number),
            Pending = db.Set<Amendment>().Count(a => a.DeliverableId == d.Id && a.Status == AmendmentStatus.Proposed),
        }).SingleAsync(ct);
        var lines = evidence.Select(e => new EvidenceLine(e.RecommendationId,
            e.Hearing is { } at ? $"Audition du {FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(at)))}" + (e.Heard is { } who ? $" ({who})" : "")
            : e.Contribution is { } title ? $"Contribution « {title} »" : $"Document « {e.Document} »"));
        // Adopted, the text is the version voted on, whatever the draft held when the vote closed.
        var text = deliverable.AdoptedVersionNumber is { } adopted
            ? DraftSnapshot.FromJson(await db.Set<DeliverableVersion>().Where(v => v.DeliverableId == deliverableId && v.Number == adopted).Select(v => v.Content).SingleAsync(ct))
            : DraftSnapshot.Of(deliverable);
        return new DraftView(deliverable, text, body, lines.ToLookup(l => l.RecommendationId), counts.Latest, counts.Pending);
    }

    public async Task<RecommendationChoices> ChoicesAsync(int dossierId, int deliverableId, CancellationToken ct)
    {
        var themes = await db.Set<RecommendationTheme>().AsNoTracking().Where(t => t.DeliverableId == deliverableId).OrderBy(t => t.Position)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString())).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        var groups = organisations.Select(o => o.Kind).Distinct().ToDictionary(k => k, k => new SelectListGroup { Name = CompositionLabels.Of(k) });
        var hearings = await db.Hearings.AsNoTracking().Where(h => h.DossierId == dossierId).OrderBy(h => h.At)
            .Select(h => new { h.Id, h.At, Heard = h.Participants.OrderBy(p => p.Id).Select(p => p.Organisation != "" ? p.Organisation : p.FullName).FirstOrDefault() })
            .ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.DossierId == dossierId && c.Status == ContributionStatus.Accepted).OrderBy(c => c.ReceivedAt)
            .Select(c => new SelectListItem(c.Title, c.Id.ToString())).ToListAsync(ct);
        var documents = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.Title)
            .Select(d => new SelectListItem(d.Title, d.Id.ToString())).ToListAsync(ct);
        return new RecommendationChoices(themes,
            [.. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()) { Group = groups[o.Kind] })],
            [.. hearings.Select(h => new SelectListItem(
                FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(h.At))) + (h.Heard is { } who ? $" : {who}" : ""), h.Id.ToString()))],
            contributions, documents);
    }
}
