using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conseil.Web.Data;

/// <summary>
/// Keeps a context's connection open from its first query until the context is disposed (the end of the request).
/// By default EF opens and closes the connection around every query: each open goes through the pool's lock and,
/// on SQLite, registers EF's SQL functions again and reruns the PRAGMAs; on PostgreSQL, each return to the pool
/// resets the session. Opening once more from inside the first open makes EF count the connection as opened by
/// the application, so it no longer closes it after each query; disposing the context still closes it.
/// </summary>
public sealed class ConnectionPerContext : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        eventData.Context?.Database.OpenConnection();

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        eventData.Context?.Database.OpenConnectionAsync(cancellationToken) ?? Task.CompletedTask;
}
