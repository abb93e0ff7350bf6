using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Hearings;

public sealed record HeardPerson(string Name, string Role, string Organisation, bool Consents);

public sealed record ThemeChoice(int Id, int Number, string Name);

public sealed record HearingRow(int Id, DateTime At, string Place, IReadOnlyList<HeardPerson> People, IReadOnlyList<ThemeChoice> Themes,
    bool HasMinutes, int Documents);

public sealed record MinutesChoice(int Id, string Title, DateTime CreatedAt);

/// <summary>A document attached to the hearing, with its latest version to download.</summary>
public sealed record AttachedDocument(int Id, string Title, int? VersionId, string? FileName);

/// <summary>The form's choices: the dossier's themes, and its hearing minutes one may attach.</summary>
public sealed record HearingChoices(IReadOnlyList<ThemeChoice> Themes, IReadOnlyList<MinutesChoice> Minutes);

/// <summary>The reads of a dossier's hearings, each a constant number of statements whatever their number.</summary>
public sealed class HearingQueries(AppDb db)
{
    /// <summary>Every hearing of the dossier, the latest first, with the people heard and the themes: one statement.</summary>
    public async Task<IReadOnlyList<HearingRow>> ListAsync(int dossierId, CancellationToken ct) =>
        await db.Hearings.AsNoTracking().Where(h => h.DossierId == dossierId)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .Select(h => new HearingRow(h.Id, h.At, h.Place,
                h.Participants.OrderBy(p => p.Id).Select(p => new HeardPerson(p.FullName, p.Role, p.Organisation, p.ConsentsToPublication)).ToList(),
                h.Themes.OrderBy(t => t.DossierTheme.Number).Select(t => new ThemeChoice(t.DossierThemeId, t.DossierTheme.Number, t.DossierTheme.Name)).ToList(),
                h.Minutes != "",
                db.Set<HearingDocument>().Count(d => d.HearingId == h.Id)))
            .ToListAsync(ct);

    /// <summary>The hearing with its people and themes, or null when it is not one of the dossier's.</summary>
    public async Task<Hearing?> HearingAsync(int dossierId, int hearingId, CancellationToken ct) =>
        await db.Hearings.AsNoTracking().Include(h => h.Participants).Include(h => h.Themes).ThenInclude(t => t.DossierTheme)
            .AsSplitQuery()
            .SingleOrDefaultAsync(h => h.Id == hearingId && h.DossierId == dossierId, ct);

    public async Task<IReadOnlyList<AttachedDocument>> DocumentsAsync(int hearingId, CancellationToken ct) =>
        await db.Set<HearingDocument>().AsNoTracking().Where(a => a.HearingId == hearingId)
            .OrderBy(a => a.Document.Title).ThenBy(a => a.DocumentId)
            .Select(a => new AttachedDocument(a.DocumentId, a.Document.Title,
                a.Document.Versions.OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefault(),
                a.Document.Versions.OrderByDescending(v => v.Number).Select(v => v.FileName).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<HearingChoices> ChoicesAsync(int dossierId, CancellationToken ct)
    {
        var themes = await db.DossierThemes.AsNoTracking().Where(t => t.DossierId == dossierId).OrderBy(t => t.Number)
            .Select(t => new ThemeChoice(t.Id, t.Number, t.Name)).ToListAsync(ct);
        var minutes = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossierId && d.Kind == DocumentKind.HearingMinutes)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Select(d => new MinutesChoice(d.Id, d.Title, d.CreatedAt)).ToListAsync(ct);
        return new HearingChoices(themes, minutes);
    }
}
