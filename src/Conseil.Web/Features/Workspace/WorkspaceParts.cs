using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Workspace;

/// <summary>A link of the workspace menu, shown to whoever satisfies its policy. The menu follows the order of registration.</summary>
public sealed record WorkspaceMenuEntry(string Label, string Href, string Policy);

/// <summary>
/// A card of the workspace home: a view component (which reads its own data) shown to whoever satisfies its
/// policy. Cards follow the order of registration, feature after feature.
/// </summary>
public sealed record DashboardCard(Type Component, string Policy);

public static class WorkspaceParts
{
    public static IServiceCollection AddWorkspaceMenuEntry(this IServiceCollection services, string label, string href, string policy) =>
        services.AddSingleton(new WorkspaceMenuEntry(label, href, policy));

    public static IServiceCollection AddDashboardCard<TComponent>(this IServiceCollection services, string policy)
        where TComponent : ViewComponent =>
        services.AddSingleton(new DashboardCard(typeof(TComponent), policy));
}
