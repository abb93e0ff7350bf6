using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Data.Seed;

/// <summary>The organisations the texts name. Others are added by the secretariat or by a roster import.</summary>
public static class ReferenceOrganisations
{
    public static List<Organisation> All() =>
    [
        Org("DGCS", "Direction générale de la cohésion sociale", OrganisationKind.Ministry, Article.La),
        Org("AMF", "Association des maires de France et des présidents d'intercommunalité", OrganisationKind.LocalAuthority, Article.Elided),
        Org("ADF", "Départements de France", OrganisationKind.LocalAuthority, Article.Elided),
        Org("Régions de France", "Régions de France", OrganisationKind.LocalAuthority, Article.None),
        Org("France Urbaine", "France Urbaine", OrganisationKind.LocalAuthority, Article.None),
        Org("ANAS", "Association nationale des assistants de service social", OrganisationKind.ProfessionalOrganisation, Article.Elided),
        Org("CNAF", "Caisse nationale des allocations familiales", OrganisationKind.SocialProtection, Article.La),
        Org("CNAM", "Caisse nationale de l'assurance maladie", OrganisationKind.SocialProtection, Article.La),
        Org("CNAV", "Caisse nationale d'assurance vieillesse", OrganisationKind.SocialProtection, Article.La),
        Org("CCMSA", "Caisse centrale de la mutualité sociale agricole", OrganisationKind.SocialProtection, Article.La),
        Org("Unccas", "Union nationale des centres communaux et intercommunaux d'action sociale", OrganisationKind.NationalAssociation, Article.Elided),
        Org("Odas", "Observatoire national de l'action sociale", OrganisationKind.NationalAssociation, Article.Elided),
        Org("Uniopss", "Union nationale interfédérale des œuvres et organismes privés non lucratifs sanitaires et sociaux", OrganisationKind.NationalAssociation, Article.Elided),
        Org("FAS", "Fédération des acteurs de la solidarité", OrganisationKind.NationalAssociation, Article.La),
    ];

    private static Organisation Org(string acronym, string name, OrganisationKind kind, Article article) =>
        new() { Acronym = acronym, Name = name, Kind = kind, Article = article };
}

/// <summary>One seat per quota place, tied to its organisation where the texts name it.</summary>
public static class ReferenceSeats
{
    public static IEnumerable<Seat> For(List<College> colleges, List<Organisation> organisations)
    {
        College C(int n) => colleges.Single(c => c.Number == n);
        Organisation O(string acronym) => organisations.Single(o => o.Acronym == acronym);
        var seats = new List<Seat>();
        void Add(College college, string label, Organisation? organisation = null) =>
            seats.Add(new Seat { College = college, Number = seats.Count(s => s.College == college) + 1, Label = label, Organisation = organisation });
        void AddNumbered(College college, string label, int count)
        {
            for (var i = 1; i <= count; i++) Add(college, $"{label} n° {i}");
        }

        AddNumbered(C(1), "Représentant d'un ministère", 11);
        foreach (var acronym in new[] { "AMF", "ADF", "Régions de France", "France Urbaine" }) Add(C(1), $"Représentant {O(acronym).OfAcronym}", O(acronym));
        AddNumbered(C(2), "Organisation syndicale de salariés", 8);
        AddNumbered(C(2), "Organisation d'employeurs", 3);
        Add(C(2), $"Représentant {O("ANAS").OfAcronym}", O("ANAS"));
        AddNumbered(C(2), "Organisation professionnelle", 6);
        AddNumbered(C(3), "Personne accompagnée", 6);
        foreach (var acronym in new[] { "CNAF", "CNAM", "CNAV", "CCMSA", "Unccas", "Odas", "Uniopss", "FAS" }) Add(C(4), $"Représentant {O(acronym).OfAcronym}", O(acronym));
        AddNumbered(C(4), "Association nationale", 4);
        AddNumbered(C(4), "Organisme de formation", 3);
        AddNumbered(C(5), "Représentant des comités locaux", 2);
        AddNumbered(C(6), "Personne qualifiée", 10);
        return seats;
    }
}
