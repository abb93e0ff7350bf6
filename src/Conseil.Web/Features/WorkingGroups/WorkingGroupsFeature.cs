using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.WorkingGroups.Workspace;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>Temporary working groups: calls for candidates, members, co-leads, experts, and the group's private space.</summary>
public sealed class WorkingGroupsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<WorkingGroupQueries>();
        services.AddScoped<WorkingGroupService>();
        services.AddScoped<CallService>();
        services.AddScoped<GroupThreads>();
        services.AddScoped<WorkingGroupMails>();

        // Signed-in accounts only; each page of a group's space then asks SpaceAccess (404 to outsiders).
        services.AuthorizeFolder("/WorkingGroups/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Groupes de travail", WorkingGroupPaths.List, Policies.Secretariat);
        services.AddDashboardCard<GroupsCard>(Policies.Workspace);

        // A group's composition and its discussions are the council's archives: kept, the person anonymised.
        // A candidacy is the person's own text: deleted on erasure, and a year after the selection (RetentionRules).
        services.AddPersonLinkedData<GroupMember>(nameof(PersonExport.GroupMemberships), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.DossierArchive);
        services.AddPersonLinkedData<GroupPost>(nameof(PersonExport.GroupPosts), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.DossierArchive);
        services.AddPersonLinkedData<Candidacy>(nameof(PersonExport.Candidacies), ErasureRule.Deleted, RetentionKind.Candidacy);

        services.AddDemoContent<WorkingGroupsDemo>();
    }
}
