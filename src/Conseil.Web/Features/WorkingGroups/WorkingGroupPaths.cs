namespace Conseil.Web.Features.WorkingGroups;

public static class WorkingGroupPaths
{
    public const string List = "/espace/groupes";
    public const string New = "/espace/groupes/modifier";

    public static string Group(int id) => $"/espace/groupes/{id}";
    public static string Edit(int id) => $"/espace/groupes/modifier/{id}";
    public static string Manage(int id) => $"/espace/groupes/{id}/gestion";
    public static string Thread(int groupId, int threadId) => $"/espace/groupes/{groupId}/fils/{threadId}";
    public static string Call(int groupId, int callId) => $"/espace/groupes/{groupId}/appels/{callId}";
    public static string Dossier(int dossierId) => $"/espace/dossiers/{dossierId}";
}
