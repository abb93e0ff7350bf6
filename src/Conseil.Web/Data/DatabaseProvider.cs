namespace Conseil.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Bound from the "Database" section: Provider (Sqlite by default) and, for PostgreSQL,
/// ConnectionStrings:Conseil. SQLite uses a file under the data folder unless a connection string is given.
/// </summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string DataFolder { get; set; } = "App_Data";
    public string? ConnectionString { get; set; }

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        if (Provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException(
                "PostgreSQL est choisi (Database:Provider=Postgres) mais ConnectionStrings:Conseil est vide.");
        var folder = ResolveFolder(contentRoot, null, "");
        return $"Data Source={Path.Combine(folder, "conseil.db")};Default Timeout=30";
    }

    /// <summary>
    /// A folder the application writes to, created: the configured one, or <paramref name="defaultSubfolder"/> inside
    /// the data folder; both relative to the content root. Mail's pickup folder and the file store use it.
    /// </summary>
    public string ResolveFolder(string contentRoot, string? configured, string defaultSubfolder)
    {
        var folder = Path.GetFullPath(Path.Combine(contentRoot,
            string.IsNullOrWhiteSpace(configured) ? Path.Combine(DataFolder, defaultSubfolder) : configured));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
