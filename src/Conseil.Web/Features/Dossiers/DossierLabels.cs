using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Dossiers;

/// <summary>The French words of the dossiers' enumerations, for pages and the audit log.</summary>
public static class DossierLabels
{
    public static string Of(ReferralKind kind) => kind switch
    {
        ReferralKind.Ministerial => "Saisine ministérielle",
        ReferralKind.Interministerial => "Saisine interministérielle",
        ReferralKind.SelfReferral => "Auto-saisine (programme de travail)",
        _ => "Lettre de mission",
    };

    public static string Of(DossierState state) => DossierStates.Of(state);

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.ReferralLetter => "Lettre de saisine",
        DocumentKind.WorkingDocument => "Document de travail",
        DocumentKind.Draft => "Projet de texte",
        DocumentKind.HearingMinutes => "Compte rendu d'audition",
        DocumentKind.Deliverable => "Livrable",
        DocumentKind.Annex => "Annexe",
        _ => "Autre document",
    };
}

internal sealed class DossierRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<ReferralKind>(DossierLabels.Of)
        .Values<DossierState>(DossierLabels.Of)
        .Values<DocumentKind>(DossierLabels.Of);
}
