using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition.Api;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Composition;

/// <summary>The council's composition: bodies, colleges, seats, people, mandates, offices and terms.</summary>
public sealed class CompositionFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CompositionQueries>();
        services.AddScoped<AttentionQueries>();
        services.AddScoped<CompositionChoices>();
        services.AddScoped<MandateService>();
        services.AddScoped<CompositionEditor>();
        services.AddScoped<BodyService>();

        services.AuthorizeFolder("/Composition/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Nouveau mandat", "/espace/composition/mandat", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Personnes", "/espace/composition/personnes", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Organismes", "/espace/composition/organismes", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Instances", "/espace/composition/instances", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Collèges et sièges", "/espace/composition/colleges", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Mandatures", "/espace/composition/mandatures", Policies.Secretariat);
        services.AddWorkspaceMenuEntry("Fonctions", "/espace/composition/fonctions", Policies.Secretariat);
        services.AddDashboardCard<MemberCard>(Policies.Workspace);
        services.AddDashboardCard<AttentionCard>(Policies.Secretariat);

        // Kept when the person is erased (the history of seats then names "Personne anonymisée n°…").
        services.AddPersonLinkedData<Mandate>(nameof(PersonExport.Mandates), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddPersonLinkedData<Office>(nameof(PersonExport.Offices), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddPersonLinkedData<BodyMembership>(nameof(PersonExport.BodyMemberships), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
    }

    public void Map(WebApplication app) => app.MapCompositionApi();
}
