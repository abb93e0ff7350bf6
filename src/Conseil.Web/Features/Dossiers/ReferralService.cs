using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers;

/// <summary>
/// The secretariat's writes to referrals: recording one (its dossier starts « Reçu »), editing it, and moving its state
/// through <see cref="DossierStates"/>; every move is dated, signed with the user's name and commented.
/// </summary>
public sealed class ReferralService(AppDb db, TimeProvider clock)
{
    public async Task<WriteResult<Dossier>> CreateAsync(ReferralInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var dossier = new Dossier { Name = "", State = DossierState.Received };
        var errors = await ApplyAsync(dossier, input, ct);
        if (errors.Count > 0) return WriteResult<Dossier>.Invalid(errors);
        dossier.Moves.Add(new DossierMove
        {
            From = null, To = DossierState.Received, On = dossier.ReceivedOn, At = clock.GetUtcNow().UtcDateTime,
            ByName = await NameOfAsync(user, ct), Comment = "Saisine enregistrée.",
        });
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return WriteResult<Dossier>.Saved(dossier);
    }

    public async Task<WriteResult<Dossier>> UpdateAsync(int id, ReferralInput input, CancellationToken ct)
    {
        var dossier = await db.Dossiers.Include(d => d.Questions).Include(d => d.Ministries).Include(d => d.Themes)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null) return WriteResult<Dossier>.NotFound();
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        var errors = await ApplyAsync(dossier, input, ct);
        if (errors.Count > 0) return WriteResult<Dossier>.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return WriteResult<Dossier>.Saved(dossier);
    }

    public async Task<WriteResult<DossierMove>> MoveAsync(int id, MoveInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null) return WriteResult<DossierMove>.NotFound();
        var to = input.To!.Value;
        if (!Enum.IsDefined(to)) return WriteResult<DossierMove>.Invalid(nameof(input.To), "Choisissez un état de la liste.");
        if (input.From != dossier.State)
            return WriteResult<DossierMove>.Conflict(nameof(input.To),
                $"Le dossier a changé d'état entre-temps : il est maintenant à l'état « {DossierStates.Of(dossier.State)} ». Vérifiez avant de recommencer.");
        if (DossierStates.Refusal(dossier.Kind, dossier.State, to) is { } refusal) return WriteResult<DossierMove>.Conflict(nameof(input.To), refusal);
        if (DossierStates.MissingReason(to, input.Comment) is { } missing) return WriteResult<DossierMove>.Invalid(nameof(input.Comment), missing);
        var on = input.On!.Value;
        if (on > FrenchDates.Today(clock))
            return WriteResult<DossierMove>.Invalid(nameof(input.On), "La date du changement d'état ne peut pas être postérieure à aujourd'hui.");
        var last = await db.DossierMoves.Where(m => m.DossierId == id).MaxAsync(m => (DateOnly?)m.On, ct) ?? dossier.ReceivedOn;
        if (on < last)
            return WriteResult<DossierMove>.Invalid(nameof(input.On),
                $"La date du changement d'état ne peut pas précéder celle du précédent, le {FrenchDates.Day(last)}.");

        var move = new DossierMove
        {
            DossierId = id, From = dossier.State, To = to, On = on, At = clock.GetUtcNow().UtcDateTime,
            ByName = await NameOfAsync(user, ct), Comment = input.Comment?.Trim() ?? "",
        };
        dossier.State = to;
        db.DossierMoves.Add(move);
        await db.SaveChangesAsync(ct);
        return WriteResult<DossierMove>.Saved(move);
    }

    /// <summary>The display name of the signed-in account, as a move records it.</summary>
    private async Task<string> NameOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "Secrétariat" : name;
    }

    /// <summary>Checks the input and copies it onto the dossier (its questions, themes and ministries kept by id).</summary>
    private async Task<List<RuleViolation>> ApplyAsync(Dossier dossier, ReferralInput input, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var today = FrenchDates.Today(clock);
        if (!Enum.IsDefined(input.Kind)) errors.Add(new(nameof(input.Kind), "Choisissez la nature de la saisine dans la liste."));
        if (input.ReceivedOn > today)
            errors.Add(new(nameof(input.ReceivedOn), "La date de réception ne peut pas être postérieure à aujourd'hui."));
        if (input.Deadline < input.ReceivedOn)
            errors.Add(new(nameof(input.Deadline), "L'échéance doit être postérieure ou égale à la date de réception."));
        if (input.BodyId is not null && !await db.Bodies.AnyAsync(b => b.Id == input.BodyId, ct))
            errors.Add(new(nameof(input.BodyId), "Cette instance n'existe pas."));
        if (input.AxisId is not null && !await db.Axes.AnyAsync(a => a.Id == input.AxisId, ct))
            errors.Add(new(nameof(input.AxisId), "Cet axe du programme n'existe pas."));
        if (input.Kind == ReferralKind.SelfReferral && input.AxisId is null)
            errors.Add(new(nameof(input.AxisId), "Rattachez l'auto-saisine à l'axe du programme de travail dont elle découle."));

        var ministryIds = input.MinistryIds.Distinct().ToList();
        var ministries = await db.Organisations.Where(o => ministryIds.Contains(o.Id) && o.Kind == OrganisationKind.Ministry)
            .Select(o => o.Id).ToListAsync(ct);
        if (ministries.Count != ministryIds.Count)
            errors.Add(new(nameof(input.MinistryIds), "Choisissez les ministères saisissants dans la liste."));
        else if (MinistriesRule(input.Kind, ministryIds.Count) is { } rule)
            errors.Add(new(nameof(input.MinistryIds), rule));

        var questions = Lines(input.Questions, nameof(input.Questions), 2000, "La question", ReferralInput.MaxQuestions, errors);
        if (questions.Count == 0) errors.Add(new(nameof(input.Questions), "Indiquez au moins une question posée par la saisine."));
        var themes = Lines(input.Themes, nameof(input.Themes), 300, "Le thème", ReferralInput.MaxThemes, errors);
        var removedThemes = dossier.Themes.Where(t => !themes.Any(l => l.Id == t.Id)).Select(t => t.Id).ToList();
        if (removedThemes.Count > 0)
        {
            var used = await db.HearingThemes.Where(h => removedThemes.Contains(h.DossierThemeId)).Select(h => h.DossierTheme.Name).Distinct().ToListAsync(ct);
            if (used.Count > 0)
                errors.Add(new(nameof(input.Themes), $"Le thème « {used[0]} » est attaché à des auditions : retirez-le d'abord de ces auditions."));
        }
        if (errors.Count > 0) return errors;

        dossier.Name = input.Name!.Trim();
        dossier.Kind = input.Kind;
        dossier.ReceivedOn = input.ReceivedOn!.Value;
        dossier.Deadline = input.Deadline;
        dossier.BodyId = input.BodyId;
        dossier.AxisId = input.AxisId;
        dossier.Summary = input.Summary?.Trim() ?? "";
        dossier.Ministries.RemoveAll(m => !ministryIds.Contains(m.OrganisationId));
        foreach (var id in ministryIds.Where(id => dossier.Ministries.All(m => m.OrganisationId != id)))
            dossier.Ministries.Add(new DossierMinistry { OrganisationId = id });
        await SyncAsync(dossier.Questions, questions, (q, text) => q.Text = text, (n, text) => new DossierQuestion { Number = n, Text = text }, ct);
        await SyncAsync(dossier.Themes, themes, (t, text) => t.Name = text, (n, text) => new DossierTheme { Number = n, Name = text }, ct);
        return errors;
    }

    private static string? MinistriesRule(ReferralKind kind, int count) => kind switch
    {
        ReferralKind.Ministerial when count != 1 =>
            "Une saisine ministérielle émane d'un seul ministère : choisissez-le, ou la nature « Saisine interministérielle » pour plusieurs.",
        ReferralKind.Interministerial when count < 2 => "Une saisine interministérielle émane d'au moins deux ministères : choisissez-les.",
        ReferralKind.MissionLetter when count == 0 => "Choisissez le ministère qui a adressé la lettre de mission.",
        ReferralKind.SelfReferral when count > 0 => "Une auto-saisine n'a pas de ministère saisissant : décochez les ministères.",
        _ => null,
    };

    private sealed record Line(int? Id, string Text);

    /// <summary>The non-blank lines, trimmed and checked, in order.</summary>
    private static List<Line> Lines(List<LineInput> input, string field, int maxLength, string what, int max, List<RuleViolation> errors)
    {
        var lines = new List<Line>();
        for (var i = 0; i < input.Count; i++)
        {
            var text = input[i].Text?.Trim() ?? "";
            if (text.Length == 0) continue;
            if (text.Length > maxLength) errors.Add(new($"{field}[{i}].Text", $"{what} n° {lines.Count + 1} ne doit pas dépasser {maxLength.ToString("N0", French.Culture)} caractères."));
            lines.Add(new(input[i].Id, text));
        }
        if (lines.Count > max) errors.Add(new(field, $"Une saisine compte au plus {max} lignes de ce type."));
        return lines;
    }

    /// <summary>
    /// Makes the list hold the lines, numbered from 1: a line with a known id updates that row, the others are new, and
    /// rows no line names are removed. Numbers are unique per dossier; EF orders a removal before the renumbering that
    /// takes its number, but not a swap, so rows that change their relative order are first given numbers no line takes.
    /// </summary>
    private async Task SyncAsync<T>(List<T> rows, List<Line> lines, Action<T, string> setText, Func<int, string, T> create, CancellationToken ct)
        where T : class, INumberedLine
    {
        var kept = lines.Select(l => rows.FirstOrDefault(r => l.Id is not null && r.Id == l.Id)).ToList();
        rows.RemoveAll(r => !kept.Contains(r));
        var stored = kept.OfType<T>().Where(r => r.Id != 0).ToList();
        if (!stored.SequenceEqual(stored.OrderBy(r => r.Number)))
        {
            foreach (var row in stored) row.Number = -row.Number;
            await db.SaveChangesAsync(ct);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (kept[i] is { } row)
            {
                row.Number = i + 1;
                setText(row, lines[i].Text);
            }
            else rows.Add(create(i + 1, lines[i].Text));
        }
    }
}
