namespace Conseil.Web.Infrastructure.Idempotency;

/// <summary>Endpoint metadata read by <see cref="IdempotencyMiddleware"/>: POSTs here honour the Idempotency-Key header.</summary>
public sealed class IdempotentWrites
{
    internal static readonly IdempotentWrites Instance = new();

    private IdempotentWrites() { }
}

public static class IdempotencyExtensions
{
    /// <summary>POSTs of this group (or endpoint) honour the Idempotency-Key header.</summary>
    public static TBuilder WithIdempotencyKeys<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentWrites.Instance);
}
