using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Infrastructure;

/// <summary>
/// A capability of the product, declared in one place, <c>Features/&lt;X&gt;/&lt;X&gt;Feature.cs</c>: its services, the
/// authorization of its page folders, its workspace menu entries and dashboard cards, the personal data it holds
/// about people (Add), and its endpoints (Map). Program.cs lists the features, one line each.
/// </summary>
public interface IFeature
{
    void Add(WebApplicationBuilder builder);

    void Map(WebApplication app)
    {
    }
}

public static class FeatureRegistration
{
    /// <summary>Every page of the folder (e.g. "/Composition/Workspace") requires the policy, on top of its own attributes.</summary>
    public static IServiceCollection AuthorizeFolder(this IServiceCollection services, string folder, string policy) =>
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder(folder, policy));
}
