using Conseil.Web.Data;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// Schedules and edits a dossier's hearings: the people heard kept by id (an edit updates, adds and removes rows),
/// the themes among the dossier's, the documents among its hearing minutes. Scheduling one tells the dossier's groups
/// (<see cref="DossierNews"/>), in the same transaction. The caller has checked <see cref="DossierSpace.MayLead"/>.
/// </summary>
public sealed class HearingService(AppDb db, DossierNews news)
{
    public static readonly DateOnly EarliestDay = new(1990, 1, 1), LatestDay = new(2100, 12, 31);

    public async Task<WriteResult<Hearing>> CreateAsync(DossierSpace dossier, HearingInput input, CancellationToken ct)
    {
        var hearing = new Hearing { DossierId = dossier.Id };
        var errors = await ApplyAsync(dossier.Id, hearing, [], input, ct);
        if (errors.Count > 0) return WriteResult<Hearing>.Invalid(errors);
        db.Hearings.Add(hearing);
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // The news links to the hearing, whose id the first save gave; both saves stand or fall together.
        await news.AnnounceAsync(dossier.Id, Announcement(dossier.Name, hearing), HearingPaths.Hearing(dossier.Id, hearing.Id), ct);
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return WriteResult<Hearing>.Saved(hearing);
    }

    public async Task<WriteResult<Hearing>> UpdateAsync(DossierSpace dossier, int hearingId, HearingInput input, CancellationToken ct)
    {
        var hearing = await db.Hearings.Include(h => h.Participants).Include(h => h.Themes)
            .SingleOrDefaultAsync(h => h.Id == hearingId && h.DossierId == dossier.Id, ct);
        if (hearing is null) return WriteResult<Hearing>.NotFound();
        var attached = await db.Set<HearingDocument>().Where(d => d.HearingId == hearingId).ToListAsync(ct);
        var errors = await ApplyAsync(dossier.Id, hearing, attached, input, ct);
        if (errors.Count > 0) return WriteResult<Hearing>.Invalid(errors);
        await db.SaveChangesAsync(ct);
        return WriteResult<Hearing>.Saved(hearing);
    }

    /// <summary>« Le travail social au défi de la crise sanitaire : audition de l'ANDASS le 4 novembre 2020 à 14 h 00 ».</summary>
    public static string Announcement(string dossierName, Hearing hearing)
    {
        var heard = hearing.Participants.Select(p => p.Organisation.Length > 0 ? p.Organisation : p.FullName).Distinct().ToList();
        var who = heard.Count == 0 ? "" : " " + French.Of(heard.Count == 1 ? heard[0] : string.Join(", ", heard[..^1]) + " et " + heard[^1]);
        return $"{dossierName} : audition{who} le {FrenchDates.Moment(hearing.At)}";
    }

    private async Task<List<RuleViolation>> ApplyAsync(int dossierId, Hearing hearing, List<HearingDocument> attached, HearingInput input, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var at = When(input, errors);
        var kept = Participants(input, errors);

        var themeIds = input.ThemeIds.Distinct().ToList();
        var themes = await db.DossierThemes.Where(t => t.DossierId == dossierId && themeIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        if (themes.Count != themeIds.Count) errors.Add(new(nameof(HearingInput.ThemeIds), "Un des thèmes choisis n'est pas un thème de ce dossier."));
        var documentIds = input.DocumentIds.Distinct().ToList();
        var documents = await db.DossierDocuments
            .Where(d => d.DossierId == dossierId && d.Kind == DocumentKind.HearingMinutes && documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        if (documents.Count != documentIds.Count)
            errors.Add(new(nameof(HearingInput.DocumentIds), "Un des documents choisis n'est pas un compte rendu d'audition de ce dossier."));
        var unknown = kept.Where(p => p.Input.Id is { } id && hearing.Participants.All(existing => existing.Id != id)).ToList();
        foreach (var (_, index) in unknown)
            errors.Add(new($"{nameof(HearingInput.Participants)}[{index}].{nameof(ParticipantInput.FullName)}",
                $"La personne {index + 1} n'est plus enregistrée pour cette audition : rechargez la page."));
        if (errors.Count > 0) return errors;

        hearing.At = at!.Value;
        hearing.Place = input.Place!.Trim();
        hearing.Notes = input.Notes?.Trim() ?? "";
        hearing.Minutes = input.Minutes?.Trim() ?? "";
        var removed = input.Participants.Where(p => p.Remove && p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        hearing.Participants.RemoveAll(p => removed.Contains(p.Id) || kept.All(k => k.Input.Id != p.Id));
        foreach (var (row, _) in kept)
        {
            var participant = row.Id is { } id ? hearing.Participants.Single(p => p.Id == id) : null;
            if (participant is null) hearing.Participants.Add(participant = new HearingParticipant { FullName = "" });
            participant.FullName = row.FullName!.Trim();
            participant.Role = row.Role?.Trim() ?? "";
            participant.Organisation = row.Organisation?.Trim() ?? "";
            participant.ConsentsToPublication = row.Consents;
        }
        hearing.Themes.RemoveAll(t => !themes.Contains(t.DossierThemeId));
        hearing.Themes.AddRange(themes.Where(id => hearing.Themes.All(t => t.DossierThemeId != id)).Select(id => new HearingTheme { DossierThemeId = id }));
        db.Set<HearingDocument>().RemoveRange(attached.Where(a => !documents.Contains(a.DocumentId)));
        foreach (var id in documents.Where(id => attached.All(a => a.DocumentId != id)))
            db.Set<HearingDocument>().Add(new HearingDocument { Hearing = hearing, DocumentId = id });
        return errors;
    }

    private static DateTime? When(HearingInput input, List<RuleViolation> errors)
    {
        if (input.Date is not { } day || input.Time is not { } time) return null;
        if (day < EarliestDay || day > LatestDay)
        {
            errors.Add(new(nameof(HearingInput.Date), $"La date doit être comprise entre le {FrenchDates.Day(EarliestDay)} et le {FrenchDates.Day(LatestDay)}."));
            return null;
        }
        if (FrenchDates.FromParis(day, time) is { } at) return at;
        errors.Add(new(nameof(HearingInput.Time), FrenchDates.SkippedTime(day, time)));
        return null;
    }

    /// <summary>The rows that stay, with their index in the form; a name is required on each, and at least one person.</summary>
    private static List<(ParticipantInput Input, int Index)> Participants(HearingInput input, List<RuleViolation> errors)
    {
        if (input.Participants.Count > HearingInput.MaxParticipants)
        {
            errors.Add(new(nameof(HearingInput.Participants), $"Une audition compte au plus {HearingInput.MaxParticipants} personnes auditionnées."));
            return [];
        }
        var kept = input.Participants.Select((p, i) => (Input: p, Index: i)).Where(r => !r.Input.Remove && !r.Input.IsBlank).ToList();
        foreach (var (_, index) in kept.Where(r => string.IsNullOrWhiteSpace(r.Input.FullName)))
            errors.Add(new($"{nameof(HearingInput.Participants)}[{index}].{nameof(ParticipantInput.FullName)}",
                $"Indiquez le nom et le prénom de la personne {index + 1}."));
        if (kept.Count == 0) errors.Add(new(nameof(HearingInput.Participants), "Indiquez au moins une personne auditionnée : son nom, sa fonction et son organisme."));
        return kept;
    }
}
