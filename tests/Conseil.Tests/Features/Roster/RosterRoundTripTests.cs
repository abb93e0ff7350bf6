using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterRoundTripTests : IDisposable
{
    private readonly ConseilFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Importing_the_public_export_back_changes_nothing()
    {
        var export = await factory.CreateClientAs(null)
            .GetByteArrayAsync("/composition/export.csv", TestContext.Current.CancellationToken);
        var import = new RosterImportClient(factory);
        var before = await import.CountAsync();

        var html = await import.CheckAsync(export);

        html.ShouldContain("Aucune modification");
        (await import.CountAsync()).ShouldBe(before);
    }
}
