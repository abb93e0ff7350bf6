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
        var folder = Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "conseil.db")};Default Timeout=30";
    }
}
