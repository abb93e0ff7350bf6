using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

/// <summary>What a line changes in a mandate already recorded, each as « … modifié : ancien → nouveau ».</summary>
internal static class RosterDifferences
{
    public static List<string> Of(Mandate m, RosterLine line, int? organisationId, IReadOnlyList<Organisation> organisations)
    {
        var differences = new List<string>();
        if (m.StartDate != line.StartDate)
            differences.Add($"Début modifié : {RosterText.FormatDate(m.StartDate)} → {RosterText.FormatDate(line.StartDate)}");
        if (m.EndDate != line.EndDate) differences.Add($"Fin modifiée : {RosterText.FormatDate(m.EndDate)} → {RosterText.FormatDate(line.EndDate)}");
        if (m.Status != line.Status)
            differences.Add($"Statut modifié : {RosterVocabulary.StatusLabel(m.Status)} → {RosterVocabulary.StatusLabel(line.Status)}");
        if (m.AppointingAct != line.AppointingAct) differences.Add($"Acte modifié : « {m.AppointingAct} » → « {line.AppointingAct} »");
        if (m.OrganisationId != organisationId)
            differences.Add($"Organisme modifié : {Acronym(organisations, m.OrganisationId)} → {Acronym(organisations, organisationId)}");
        return differences;
    }

    private static string Acronym(IReadOnlyList<Organisation> organisations, int? organisationId) =>
        organisations.FirstOrDefault(o => o.Id == organisationId)?.Acronym ?? "aucun";
}
