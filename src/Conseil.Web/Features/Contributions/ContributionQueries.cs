using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Contributions;

/// <summary>A line of the secretariat's queue.</summary>
public sealed record QueueRow(int Id, int? DossierId, string? Dossier, int? AxisNumber, string? Axis, string Title, ContributorKind Kind,
    string Organisation, ContributionStatus Status, string Findings, DateTime ReceivedAt, string? Receipt, int Attachments, int HeldAttachments)
{
    /// <summary>The moderation page: under its dossier when it has one.</summary>
    public string Href => ContributionPaths.Of(Id, DossierId);
}

/// <summary>The queue's filters, from the address (?statut=retenue&amp;dossier=3&amp;axe=2&amp;page=2).</summary>
public sealed record QueueFilter(ContributionStatus? Status, int? DossierId, int? AxisId, int Page);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int Pages);

/// <summary>An accepted contribution as the group reads it, in its shared (redacted) text.</summary>
public sealed record SharedRow(int Id, string Title, ContributorKind Kind, string Organisation, DateTime ReceivedAt, string PolicyAreas,
    string Excerpt, bool Truncated, int Attachments);

/// <summary>The reads of the contribution pages, a constant number of statements each whatever the number of contributions.</summary>
public sealed class ContributionQueries(AppDb db)
{
    public const int PageSize = 50;
    public const int ExcerptLength = 300;

    /// <summary>Held first, then those to moderate, then the rest; the latest received first within each.</summary>
    public async Task<QueuePage> QueueAsync(QueueFilter filter, CancellationToken ct)
    {
        var query = db.Contributions.AsNoTracking().AsQueryable();
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.DossierId is { } dossier) query = query.Where(c => c.DossierId == dossier);
        if (filter.AxisId is { } axis) query = query.Where(c => c.AxisId == axis);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await query
            .OrderBy(c => c.Status == ContributionStatus.Held ? 0 : c.Status == ContributionStatus.Received ? 1 : 2)
            .ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new QueueRow(c.Id, c.DossierId, c.Dossier == null ? null : c.Dossier.Name,
                c.Axis == null ? null : c.Axis.Number, c.Axis == null ? null : c.Axis.Name, c.Title, c.ContributorKind, c.OrganisationName,
                c.Status, c.Findings, c.ReceivedAt, c.Receipt, c.Attachments.Count, c.Attachments.Count(a => a.IsHeld)))
            .ToListAsync(ct);
        return new(rows, total, page, pages);
    }

    /// <summary>How many are held and how many wait for moderation: the secretariat's card.</summary>
    public async Task<(int Held, int Received)> WaitingAsync(CancellationToken ct)
    {
        var counts = await db.Contributions.AsNoTracking()
            .Where(c => c.Status == ContributionStatus.Held || c.Status == ContributionStatus.Received)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return (counts.FirstOrDefault(c => c.Key == ContributionStatus.Held)?.Count ?? 0,
            counts.FirstOrDefault(c => c.Key == ContributionStatus.Received)?.Count ?? 0);
    }

    /// <summary>The dossier's accepted contributions, the latest first, a page at a time; null when the dossier does not exist.</summary>
    public async Task<(string Dossier, int Total, IReadOnlyList<SharedRow> Rows)?> SharedAsync(int dossierId, int page, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.Name, Total = db.Contributions.Count(c => c.DossierId == d.Id && c.Status == ContributionStatus.Accepted) })
            .SingleOrDefaultAsync(ct);
        if (dossier is null) return null;
        var rows = await db.Contributions.AsNoTracking()
            .Where(c => c.DossierId == dossierId && c.Status == ContributionStatus.Accepted)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(c => new SharedRow(c.Id, c.Title, c.ContributorKind, c.OrganisationName, c.ReceivedAt, c.PolicyAreas,
                c.SharedText == null ? "" : c.SharedText.Substring(0, ExcerptLength), c.SharedText != null && c.SharedText.Length > ExcerptLength,
                c.Attachments.Count(a => !a.IsHeld)))
            .ToListAsync(ct);
        return (dossier.Name, dossier.Total, rows);
    }

    /// <summary>One contribution with its attachments, its dossier's and axis's names; null when it does not exist.</summary>
    public Task<Contribution?> OneAsync(int id, CancellationToken ct) =>
        db.Contributions.AsNoTracking().Include(c => c.Attachments.OrderBy(a => a.Id)).Include(c => c.Dossier).Include(c => c.Axis)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
}

/// <summary>The addresses of the contribution pages.</summary>
public static class ContributionPaths
{
    public const string Queue = "/espace/contributions";
    public const string Calls = "/espace/contributions/appels";
    public const string Form = "/contribuer";

    /// <summary>A contribution's page: under its dossier (the group's space) when it has one, else the secretariat's own address.</summary>
    public static string Of(int id, int? dossierId) =>
        dossierId is { } d ? $"/espace/dossiers/{d}/contributions/{id}" : $"/espace/contributions/{id}";

    public static string Attachment(int id, int? dossierId, int attachmentId) => $"{Of(id, dossierId)}/pieces-jointes/{attachmentId}";

    public static string Shared(int dossierId) => $"/espace/dossiers/{dossierId}/contributions";
}
