using System.Data.Common;
using Conseil.Web.Data;

namespace Conseil.Tests.Data;

/// <summary>What the database really holds, read from its catalogue (never from EF).</summary>
public sealed record DatabaseSchema(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> ColumnsNullableByTable,
    IReadOnlyDictionary<string, bool> UniqueByIndex)
{
    public static async Task<DatabaseSchema> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var columns = provider == DatabaseProvider.Postgres
            ? await Rows(connection, "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public'")
            : await Rows(connection,
                "SELECT m.name, c.name, c.\"notnull\" = 0 AND c.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'");
        var indexes = provider == DatabaseProvider.Postgres
            ? await Rows(connection, "SELECT tablename, indexname, indexdef LIKE 'CREATE UNIQUE INDEX%' FROM pg_indexes WHERE schemaname = 'public'")
            : await Rows(connection,
                "SELECT m.name, i.name, i.\"unique\" = 1 FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table'");

        return new DatabaseSchema(
            columns.GroupBy(c => c.Table).ToDictionary(
                g => g.Key, g => (IReadOnlyDictionary<string, bool>)g.ToDictionary(c => c.Name, c => c.Flag)),
            indexes.ToDictionary(i => i.Name, i => i.Flag));
    }

    private static async Task<List<(string Table, string Name, bool Flag)>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, bool)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToBoolean(reader.GetValue(2))));
        return rows;
    }
}
