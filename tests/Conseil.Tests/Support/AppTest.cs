using Conseil.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Support;

/// <summary>A test class with its own application and database, and a way to look into that database.</summary>
public abstract class AppTest : IDisposable
{
    protected ConseilFactory Factory { get; } = new();
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

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
