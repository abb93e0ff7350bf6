using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Microsoft.AspNetCore.Hosting;

namespace Conseil.Tests.Features.Accounts;

/// <summary>Demo content and its published password belong to development and tests, never to production.</summary>
public sealed class DemoSafetyTests
{
    private sealed class ProductionFactory : ConseilFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public void Production_refuses_to_start_with_demo_content()
    {
        using var factory = new ProductionFactory { DemoContent = true };
        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        error.Message.ShouldContain("démonstration");
    }

    [Fact]
    public async Task Production_starts_without_demo_content_and_without_demo_accounts()
    {
        using var factory = new ProductionFactory { DemoContent = false };
        using var client = factory.CreateClient();
        (await client.GetAsync("/sante", TestContext.Current.CancellationToken)).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public void Demo_content_is_on_only_in_development()
    {
        var settings = File.ReadAllText(Path.Combine(AppProcess.RepositoryRoot(), "src", "Conseil.Web", "appsettings.json"));
        settings.ShouldContain("\"DemoContent\": false");
        DemoSafety.DemoAccounts.ShouldContain(DemoContent.AdministratorEmail);
    }
}
