using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Features.Composition;

/// <summary>French words for the composition's enumerations.</summary>
public static class CompositionLabels
{
    public static string Of(MandateRole role) => role == MandateRole.FullMember ? "Titulaire" : "Suppléant";

    /// <summary>
    /// A mandate's status as read on a day: an active mandate that starts later is "À venir", one whose end has
    /// passed "Terminé"; otherwise the recorded status.
    /// </summary>
    public static string StatusOn(Mandate mandate, DateOnly day) => mandate.Status switch
    {
        MandateStatus.Active when mandate.StartDate > day => Upcoming,
        MandateStatus.Active when mandate.EndDate < day => Of(MandateStatus.Ended),
        var status => Of(status),
    };

    public const string Upcoming = "À venir";

    public static string Of(MandateStatus status) => status switch
    {
        MandateStatus.Active => "En cours",
        MandateStatus.Ended => "Terminé",
        MandateStatus.DeclinedRenewal => "Non renouvelé",
        MandateStatus.Resigned => "Démission",
        _ => "Décès",
    };

    public static string Of(Gender gender) => gender switch
    {
        Gender.Female => "Femme",
        Gender.Male => "Homme",
        _ => "Non renseigné",
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ministry => "Ministère",
        OrganisationKind.LocalAuthority => "Collectivité territoriale",
        OrganisationKind.EmployeeUnion => "Organisation syndicale de salariés",
        OrganisationKind.EmployerOrganisation => "Organisation d'employeurs",
        OrganisationKind.ProfessionalOrganisation => "Organisation professionnelle",
        OrganisationKind.SocialProtection => "Organisme de protection sociale",
        OrganisationKind.NationalAssociation => "Association nationale",
        OrganisationKind.TrainingBody => "Organisme de formation",
        OrganisationKind.LocalCommittee => "Comité local",
        _ => "Autre",
    };

    /// <summary>The choices of the organisation form, each shown in the sentence it makes.</summary>
    public static string Of(Article article) => article switch
    {
        Article.Le => "le : « Représentant du Secours catholique »",
        Article.La => "la : « Représentant de la CNAF »",
        Article.Elided => "l' : « Représentant de l'AMF »",
        Article.Les => "les : « Représentant des Petits Frères des pauvres »",
        _ => "aucun : « Représentant de France Urbaine »",
    };

    public static string Of(BodyRole role) => role switch
    {
        BodyRole.CoLead => "Copilote",
        BodyRole.Rapporteur => "Rapporteur",
        _ => "Membre",
    };
}
