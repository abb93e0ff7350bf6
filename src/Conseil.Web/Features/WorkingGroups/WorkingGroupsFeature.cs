using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>Temporary working groups: calls for candidates, members, co-leads, experts, and the group's private space.</summary>
public sealed class WorkingGroupsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
    }
}
