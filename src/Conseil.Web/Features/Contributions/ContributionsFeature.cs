using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions;

/// <summary>Written contributions from the field, through the public form: personal data held back and redacted.</summary>
public sealed class ContributionsFeature : IFeature
{
    /// <summary>The contribution page also answers at the secretariat's own address, for one not linked to a dossier.</summary>
    public const string ContributionPage = "/Contributions/Workspace/Contribution";

    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ContributionOptions>().Bind(builder.Configuration.GetSection(ContributionOptions.Section))
            .Validate(o => o.MaxAttachmentBytes > 0, "Contributions:MaxAttachmentBytes doit être positif.").ValidateOnStart();
        services.AddScoped<ContributionCallService>();
        services.AddScoped<ContributionIntake>();
        services.AddScoped<ContributionModeration>();
        services.AddScoped<ContributionQueries>();
        services.AddSingleton<IRetentionStep, ContributionRetention>();
        ContributionRateLimit.Add(builder);

        services.AuthorizeFolder("/Contributions/Workspace", Policies.Workspace);
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute(ContributionPage, "espace/contributions/{contributionId:int}"));
        services.AddWorkspaceMenuEntry("Contributions", ContributionPaths.Queue, Policies.Secretariat);
        services.AddDemoContent<ContributionsDemo>();
    }

    public void Map(WebApplication app) => app.MapContributionDownloads();
}
