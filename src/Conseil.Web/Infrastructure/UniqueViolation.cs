using Microsoft.Data.Sqlite;
using Npgsql;

namespace Conseil.Web.Infrastructure;

/// <summary>Recognises a unique index refusing a row, on either provider, wherever EF wrapped the error.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
            if (e is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }) return true;
        }
        return false;
    }
}
