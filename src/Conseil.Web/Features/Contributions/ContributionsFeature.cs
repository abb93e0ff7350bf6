using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Contributions;

/// <summary>Written contributions from the field, through the public form: personal data held back and redacted.</summary>
public sealed class ContributionsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
    }
}
