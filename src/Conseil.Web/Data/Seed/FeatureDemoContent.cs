namespace Conseil.Web.Data.Seed;

/// <summary>
/// A feature's demo content (its real examples from seeds/), loaded after the composition's demo members, in the
/// order of the features. Each loads only once: it checks for its own rows first.
/// </summary>
public interface IFeatureDemoContent
{
    Task LoadAsync(IServiceProvider services, CancellationToken ct);
}

public static class FeatureDemoContentRegistration
{
    public static IServiceCollection AddDemoContent<T>(this IServiceCollection services) where T : class, IFeatureDemoContent =>
        services.AddScoped<IFeatureDemoContent, T>();
}
