using Conseil.Web.Features.Composition;

namespace Conseil.Web.Data.Seed;

/// <summary>The six colleges and their quotas (arrêté of 6 February 2020: 66 seats; the ministry's page says 65).</summary>
public static class ReferenceColleges
{
    public static List<College> All() =>
    [
        new() { Number = 1, Name = "Représentants des pouvoirs publics", Quota = 15,
            QuotaDetail = "11 représentants des ministères et 4 des collectivités territoriales (AMF, ADF, Régions de France, France Urbaine)" },
        new() { Number = 2, Name = "Représentants des professionnels du travail social", Quota = 18,
            QuotaDetail = "8 organisations syndicales de salariés, 3 organisations d'employeurs, 7 organisations professionnelles" },
        new() { Number = 3, Name = "Représentants des personnes accompagnées", Quota = 6,
            QuotaDetail = "6 personnes accompagnées" },
        new() { Number = 4, Name = "Représentants des organismes nationaux", Quota = 15,
            QuotaDetail = "4 organismes de protection sociale, 8 associations nationales, 3 organismes de formation" },
        new() { Number = 5, Name = "Représentants des comités locaux du travail social et du développement social", Quota = 2,
            QuotaDetail = "2 représentants désignés par le président" },
        new() { Number = 6, Name = "Personnes qualifiées", Quota = 10, HasSubstitutes = false,
            QuotaDetail = "10 personnalités choisies pour leur compétence, sans suppléant" },
    ];
}
