namespace Conseil.Tests.Support;

/// <summary>One read-only site shared by the tests of a class that only read public pages.</summary>
public sealed class PublicSiteFixture : IDisposable
{
    private readonly ConseilFactory factory = new();
    public HttpClient Client { get; }

    public PublicSiteFixture() => Client = factory.CreateClient();

    public void Dispose() => factory.Dispose();
}
