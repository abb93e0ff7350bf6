namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>The addresses of a dossier's hearings and documents.</summary>
public static class HearingPaths
{
    public static string Dossier(int dossierId) => $"/espace/dossiers/{dossierId}";
    public static string List(int dossierId) => $"/espace/dossiers/{dossierId}/auditions";
    public static string New(int dossierId) => $"/espace/dossiers/{dossierId}/auditions/nouvelle";
    public static string Hearing(int dossierId, int hearingId) => $"/espace/dossiers/{dossierId}/auditions/{hearingId}";
    public static string Annex(int dossierId, string? order = null) => $"/espace/dossiers/{dossierId}/auditions/annexe" + (order is null ? "" : $"?ordre={order}");
    public static string AnnexCsv(int dossierId, string? order = null) => $"/espace/dossiers/{dossierId}/auditions/annexe.csv" + (order is null ? "" : $"?ordre={order}");
}
