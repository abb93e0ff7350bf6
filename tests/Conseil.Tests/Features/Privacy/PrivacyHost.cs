using System.Data.Common;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Privacy;

/// <summary>Helpers of the privacy tests: queries against the test host's database, and a scan of every text column.</summary>
public static class PrivacyHost
{
    public static async Task<T> QueryAsync<T>(this ConseilFactory factory, Func<AppDb, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    /// <summary>Tables and columns of every text column of the model that contain the text, case-insensitively.</summary>
    public static async Task<List<string>> FindEverywhereAsync(this ConseilFactory factory, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var found = new List<string>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            var table = type.GetTableName();
            if (table is null) continue;
            foreach (var column in type.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()))
            {
                if (await CountAsync(connection, table, column, text) > 0) found.Add($"{table}.{column}");
            }
        }
        return found;
    }

    private static async Task<long> CountAsync(DbConnection connection, string table, string column, string text)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower(\"{column}\") LIKE @text";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@text";
        parameter.Value = "%" + text.ToLowerInvariant() + "%";
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
