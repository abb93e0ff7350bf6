using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Dossiers;

/// <summary>Referrals and their dossiers: state, questions, documents, hearings, and the secretariat's steering of them all.</summary>
public sealed class DossiersFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
    }
}
