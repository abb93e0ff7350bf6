using Conseil.Web.Data;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>Uploaded documents for every feature: the store (Files:Root, Files:MaxBytes) and the personal-data scan of their text.</summary>
public static class FilesFeature
{
    public static WebApplicationBuilder AddFiles(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FileStoreOptions>().Bind(builder.Configuration.GetSection(FileStoreOptions.Section))
            .Validate(o => o.MaxBytes > 0 && o.FormOverheadBytes >= 0, "Files:MaxBytes doit être positif.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FileStoreOptions>>().Value;
            return new FileStore(ResolveRoot(options, sp.GetRequiredService<DatabaseOptions>(), builder.Environment.ContentRootPath), options);
        });
        services.AddPersonalDataDetection(builder.Configuration);
        return builder;
    }

    /// <summary>Files:Root, or "files" inside the database's data folder (App_Data/files), relative to the content root.</summary>
    public static string ResolveRoot(FileStoreOptions files, DatabaseOptions database, string contentRoot) =>
        database.ResolveFolder(contentRoot, files.Root, "files");
}
