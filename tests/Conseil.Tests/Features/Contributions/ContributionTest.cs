using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Contributions;

/// <summary>A test of the contributions over HTTP, on its own application without the demo content (the reference data only).</summary>
public abstract class ContributionTest : IDisposable
{
    protected ConseilFactory Factory { get; }
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ContributionTest(Action<ConseilFactory>? configure = null)
    {
        Factory = new ConseilFactory { DemoContent = false };
        configure?.Invoke(Factory);
    }

    protected HttpClient Anonymous() => Factory.CreateClientAs(null);

    protected HttpClient Secretariat() => Factory.CreateClientAs(Roles.Secretariat);

    protected HttpClient Member(string userId) => Factory.CreateClientAs(Roles.Member, userId);

    protected async Task<T> QueryAsync<T>(Func<AppDb, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
