namespace Conseil.Web.Features.Dossiers.Documents;

public static class DocumentPaths
{
    public static string List(int dossierId) => $"/espace/dossiers/{dossierId}/documents";
    public static string Document(int dossierId, int documentId) => $"/espace/dossiers/{dossierId}/documents/{documentId}";
    public static string Version(int dossierId, int documentId, int versionId) => $"/espace/dossiers/{dossierId}/documents/{documentId}/versions/{versionId}";
}
