using System.Linq.Expressions;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// The one rule of what of a dossier's documents may reach the public (CRPA L311-2: a preparatory document is not
/// communicable): only a deliverable or an annex, once the dossier is adopted, and only when the secretariat marked it
/// public. A public page, feed, export or API of documents filters with <see cref="IsPublished"/>.
/// </summary>
public static class DocumentDisclosure
{
    public const string Law = "article L311-2 du code des relations entre le public et l'administration";

    public static bool MayBePublic(DocumentKind kind) => kind is DocumentKind.Deliverable or DocumentKind.Annex;

    /// <summary>Why the document may not be made public now, or null when it may.</summary>
    public static string? RefusalToPublish(DocumentKind kind, DossierState state)
    {
        if (!MayBePublic(kind))
            return $"Seul un livrable ou une annexe peut être rendu public : ce document ({DossierLabels.Of(kind).ToLowerInvariant()}) est préparatoire et n'est jamais communicable ({Law}).";
        if (!DossierStates.IsAdopted(state))
            return $"Le dossier n'est pas encore adopté (il est « {DossierStates.Of(state)} ») : ses documents restent préparatoires et ne peuvent pas être rendus publics ({Law}).";
        return null;
    }

    /// <summary>The documents the public may read: marked public, of a kind that may be, in an adopted dossier.</summary>
    public static Expression<Func<DossierDocument, bool>> IsPublished { get; } = d =>
        d.IsPublic && (d.Kind == DocumentKind.Deliverable || d.Kind == DocumentKind.Annex)
        && (d.Dossier.State == DossierState.Adopted || d.Dossier.State == DossierState.HandedOver || d.Dossier.State == DossierState.Published
            || d.Dossier.State == DossierState.FollowUp || d.Dossier.State == DossierState.Closed);
}
