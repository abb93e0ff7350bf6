using System.Globalization;
using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

/// <summary>A roster line with its values checked for form (numbers, dates, known words), not yet against the database.</summary>
public sealed record RosterLine(
    int LineNumber, int CollegeNumber, int SeatNumber, MandateRole Role, string FamilyName, string GivenName,
    Gender Gender, string? Email, string? OrganisationAcronym, DateOnly StartDate, DateOnly EndDate,
    string TermName, string AppointingAct, MandateStatus Status)
{
    /// <summary>Parses a row, or returns the reasons it cannot be read (all of them, not only the first).</summary>
    public static (RosterLine? Line, IReadOnlyList<string> Errors) Parse(RosterRow row)
    {
        var errors = new List<string>();
        var college = Number(row, RosterColumns.College, "collège", errors);
        if (college is < 1 or > 6) errors.Add($"Collège inconnu : {row[RosterColumns.College]} (de 1 à 6).");
        var seat = Number(row, RosterColumns.Seat, "siège", errors);
        var role = RosterVocabulary.Role(row[RosterColumns.Role]);
        if (role is null) errors.Add($"Rôle invalide : « {row[RosterColumns.Role]} » (titulaire ou suppléant).");
        var gender = RosterVocabulary.Gender(row[RosterColumns.Gender]);
        if (gender is null) errors.Add($"Genre invalide : « {row[RosterColumns.Gender]} » (F, H ou vide).");
        var status = RosterVocabulary.Status(row[RosterColumns.Status]);
        if (status is null)
            errors.Add($"Statut invalide : « {row[RosterColumns.Status]} » (actif, terminé, non renouvelé, démission ou décès).");
        var familyName = Required(row, RosterColumns.FamilyName, "Le nom", errors);
        var givenName = Required(row, RosterColumns.GivenName, "Le prénom", errors);
        var termName = Required(row, RosterColumns.Term, "La mandature", errors);
        var start = Date(row, RosterColumns.Start, "de début", errors);
        var end = Date(row, RosterColumns.End, "de fin", errors);
        if (start is not null && end is not null && end < start)
            errors.Add($"La date de fin ({row[RosterColumns.End]}) précède la date de début ({row[RosterColumns.Start]}).");
        var email = row[RosterColumns.Email];
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 254))
            errors.Add($"Courriel invalide : « {email} ».");
        if (familyName.Length > 100 || givenName.Length > 100) errors.Add("Le nom et le prénom ne doivent pas dépasser 100 caractères.");
        if (row[RosterColumns.Act].Length > 300) errors.Add("La référence de l'acte ne doit pas dépasser 300 caractères.");

        if (errors.Count > 0) return (null, errors);
        var acronym = row[RosterColumns.Organisation];
        return (new RosterLine(row.LineNumber, college!.Value, seat!.Value, role!.Value, familyName, givenName, gender!.Value,
            email.Length == 0 ? null : email, acronym.Length == 0 ? null : acronym, start!.Value, end!.Value,
            termName, row[RosterColumns.Act], status!.Value), errors);
    }

    private static int? Number(RosterRow row, string column, string label, List<string> errors)
    {
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add($"Numéro de {label} invalide : « {row[column]} ».");
        return null;
    }

    private static string Required(RosterRow row, string column, string label, List<string> errors)
    {
        if (row[column].Length == 0) errors.Add($"{label} est obligatoire.");
        return row[column];
    }

    private static DateOnly? Date(RosterRow row, string column, string label, List<string> errors)
    {
        if (RosterText.TryParseDate(row[column], out var date)) return date;
        errors.Add(row[column].Length == 0
            ? $"La date {label} est obligatoire."
            : $"Date {label} invalide : « {row[column]} » (format jj/mm/aaaa).");
        return null;
    }
}
