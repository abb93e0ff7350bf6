using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Programme;

/// <summary>The term's work programme: axes, work items, the bodies in charge and their planned deliverables.</summary>
public sealed class ProgrammeFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
    }
}
