using System.Security.Claims;
using System.Text;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Infrastructure.Idempotency;

/// <summary>
/// Makes a POST sent with an Idempotency-Key happen once. The key is reserved, the endpoint runs and its answer
/// is stored in one database transaction, which the endpoint's own saves join: a crash or an error leaves
/// neither the write nor the key, and a concurrent duplicate waits for the winner (SQLite's write lock,
/// PostgreSQL's unique index) and then replays the stored answer. A middleware rather than an endpoint filter,
/// because the answer has to be captured as written, headers and all.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    private const int Attempts = 10;

    // The context is resolved only for a keyed write: a DbContext built for every GET is a measurable part of a page.
    public async Task InvokeAsync(HttpContext context, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentWrites>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyKey.Header, out var values))
        {
            await next(context);
            return;
        }
        if (!IdempotencyKey.IsValid(values))
        {
            await ErrorResponses.Write(context, StatusCodes.Status400BadRequest,
                "L'en-tête Idempotency-Key doit contenir une seule valeur de 1 à 100 caractères ASCII imprimables.");
            return;
        }

        var ct = context.RequestAborted;
        var db = context.RequestServices.GetRequiredService<AppDb>();
        var record = new IdempotencyRecord
        {
            Key = values.ToString(),
            UserId = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? "",
            RequestHash = await IdempotencyKey.HashBodyAsync(context.Request, ct),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stored = await db.Set<IdempotencyRecord>().AsNoTracking()
                .SingleOrDefaultAsync(r => r.Key == record.Key && r.UserId == record.UserId, ct);
            if (stored is not null)
            {
                await transaction.RollbackAsync(ct);
                await ReplayAsync(context, stored, record);
                return;
            }
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < Attempts)
            {
                // PostgreSQL: a concurrent request with this key committed first; the next attempt replays its answer.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
                continue;
            }
            await RunAndStoreAsync(context, db, record, transaction);
            return;
        }
    }

    private async Task RunAndStoreAsync(
        HttpContext context, AppDb db, IdempotencyRecord record, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        var ct = context.RequestAborted;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        // A server error is not an answer worth replaying: rolling back frees the key for a retry.
        if (context.Response.StatusCode < 500)
        {
            record.StatusCode = context.Response.StatusCode;
            record.ContentType = context.Response.ContentType;
            record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            record.ResponseBody = Encoding.UTF8.GetString(buffer.ToArray());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord stored, IdempotencyRecord request)
    {
        if (stored.RequestHash != request.RequestHash || stored.Method != request.Method || stored.Path != request.Path)
        {
            await ErrorResponses.Write(context, StatusCodes.Status422UnprocessableEntity,
                "Cette clé d'idempotence a déjà servi pour une autre requête : choisissez-en une nouvelle.");
            return;
        }
        context.Response.StatusCode = stored.StatusCode;
        context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        if (stored.ContentType is not null) context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null) context.Response.Headers.Location = stored.Location;
        await context.Response.WriteAsync(stored.ResponseBody, context.RequestAborted);
    }
}
