using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class FilesFeatureTests
{
    [Fact]
    public void By_default_files_go_beside_the_database_outside_wwwroot()
    {
        var contentRoot = Directory.CreateTempSubdirectory("conseil-root-");
        try
        {
            FilesFeature.ResolveRoot(new FileStoreOptions(), new DatabaseOptions(), contentRoot.FullName)
                .ShouldBe(Path.Combine(contentRoot.FullName, "App_Data", "files"));
            FilesFeature.ResolveRoot(new FileStoreOptions { Root = "stockage" }, new DatabaseOptions(), contentRoot.FullName)
                .ShouldBe(Path.Combine(contentRoot.FullName, "stockage"));
            Directory.Exists(Path.Combine(contentRoot.FullName, "stockage")).ShouldBeTrue();
        }
        finally
        {
            contentRoot.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_application_provides_the_store_on_its_configured_root_and_the_scanner()
    {
        await using var factory = new ConseilFactory { DemoContent = false, Settings = { ["Files:MaxBytes"] = "1048576" } };

        var store = factory.Services.GetRequiredService<FileStore>();
        store.Root.ShouldBe(factory.FilesFolder);
        store.MaxBytes.ShouldBe(1024 * 1024);
        factory.Services.GetRequiredService<PersonalDataScanner>().Scan("06 12 34 56 78").NeedsReview.ShouldBeTrue();
    }
}
