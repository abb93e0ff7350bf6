using Conseil.Web.Features.Composition;

namespace Conseil.Web.Data.Seed;

public static class ReferenceBodies
{
    public const string PlenarySlug = "assemblee-pleniere";
    public const string StandingCommissionSlug = "commission-permanente";
    public const string EthicsCommissionSlug = "cedts";

    public static IEnumerable<Body> All() =>
    [
        new() { Slug = PlenarySlug, Name = "Assemblée plénière", Kind = BodyKind.Plenary, SortOrder = 1,
            Description = "Réunit les membres des six collèges. Elle adopte le programme de travail, les rapports et les avis.",
            CompositionRule = "66 membres titulaires répartis en six collèges (art. D142-2 du CASF), et leurs suppléants pour les collèges 1 à 5." },
        new() { Slug = StandingCommissionSlug, Name = "Commission permanente", Kind = BodyKind.StandingCommission, SortOrder = 2,
            MaxMembers = 12,
            Description = "Prépare les travaux de l'assemblée plénière et suit la mise en œuvre du programme de travail.",
            CompositionRule = "Le président et au plus 12 membres, dont les deux vice-présidents." },
        new() { Slug = EthicsCommissionSlug, Name = "Commission éthique et déontologie du travail social (CEDTS)",
            Kind = BodyKind.EthicsCommission, SortOrder = 3, OnePerCollege = true,
            Description = "Élabore la doctrine éthique et déontologique, produit des fiches repères, anime le réseau des correspondants éthiques et répond aux questions pratiques des professionnels.",
            CompositionRule = "Le président, les deux vice-présidents et un représentant de chaque collège." },
        new() { Slug = "groupes-de-travail", Name = "Groupes de travail thématiques", Kind = BodyKind.WorkingGroup, SortOrder = 4,
            Description = "Constitués pour un temps, sur appel à candidatures auprès des membres, ouverts à des experts extérieurs.",
            CompositionRule = "Chaque groupe est copiloté par un membre du Haut Conseil et un agent de la DGCS, et désigne un rapporteur." },
        new() { Slug = "comites-locaux", Name = "Comités locaux du travail social et du développement social", Kind = BodyKind.LocalCommittee, SortOrder = 5,
            Description = "Diffusent les travaux du Haut Conseil dans leur territoire et lui font remonter les préoccupations et initiatives du terrain.",
            CompositionRule = "Créés à la suite d'un appel à manifestation d'intérêt ; deux représentants siègent au collège des comités locaux." },
        new() { Slug = "panel-experts", Name = "Panel d'experts", Kind = BodyKind.ExpertPanel, SortOrder = 6,
            Description = "Conseillers scientifiques, enseignants-chercheurs et représentants d'autres hauts conseils (CNLE, Conférence nationale de santé…) qui contribuent aux travaux sans être membres.",
            CompositionRule = "Sans droit de vote ; désignés par le président." },
    ];
}
