using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Amendments;

public sealed record AmendmentRow(int Id, int Number, string Target, string AuthorName, DateTime ProposedAt, AmendmentStatus Status, int? VersionNumber);

/// <summary>The reads of the amendments' pages, one statement each.</summary>
public sealed class AmendmentQueries(AppDb db)
{
    /// <summary>The amendments of a deliverable, the latest first.</summary>
    public Task<List<AmendmentRow>> ListAsync(int deliverableId, CancellationToken ct) =>
        db.Set<Amendment>().AsNoTracking().Where(a => a.DeliverableId == deliverableId).OrderByDescending(a => a.Number)
            .Select(a => new AmendmentRow(a.Id, a.Number, a.Target, a.Person == null ? a.AuthorName : a.Person.GivenName + " " + a.Person.FamilyName,
                a.ProposedAt, a.Status, a.VersionNumber)).ToListAsync(ct);

    /// <summary>One amendment, its author's name in <see cref="Amendment.AuthorName"/>.</summary>
    public async Task<Amendment?> ReadAsync(int deliverableId, int amendmentId, CancellationToken ct)
    {
        var amendment = await db.Set<Amendment>().AsNoTracking().Include(a => a.Person)
            .SingleOrDefaultAsync(a => a.Id == amendmentId && a.DeliverableId == deliverableId, ct);
        if (amendment?.Person is { } person) amendment.AuthorName = person.FullName;
        return amendment;
    }

    /// <summary>The text the amendment aims at today, or null when it was deleted.</summary>
    public async Task<string?> CurrentTextAsync(Amendment amendment, CancellationToken ct) =>
        amendment.SectionId is { } sectionId
            ? await db.Set<DeliverableSection>().Where(s => s.Id == sectionId).Select(s => s.Text).SingleOrDefaultAsync(ct)
            : amendment.RecommendationId is { } recommendationId
                ? await db.Set<Recommendation>().Where(r => r.Id == recommendationId).Select(r => r.Text).SingleOrDefaultAsync(ct)
                : null;
}
