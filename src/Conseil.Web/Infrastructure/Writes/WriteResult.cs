namespace Conseil.Web.Infrastructure.Writes;

public enum WriteStatus
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>A broken rule, named by the input field it concerns ("" when it concerns the whole form).</summary>
public sealed record RuleViolation(string Field, string Message);

/// <summary>
/// What a write gave, the one shape every service returns to pages and endpoints: saved, invalid with field
/// errors, not found, or in conflict with the current state. A page turns it into ModelState
/// (<see cref="WriteResultPages"/>), an endpoint into ProblemDetails (<see cref="WriteResultEndpoints"/>).
/// </summary>
public record WriteResult(WriteStatus Status, IReadOnlyList<RuleViolation> Errors)
{
    public bool Succeeded => Status == WriteStatus.Saved;
}

public sealed record WriteResult<T>(WriteStatus Status, T? Value, IReadOnlyList<RuleViolation> Errors) : WriteResult(Status, Errors)
{
    public static WriteResult<T> Saved(T value) => new(WriteStatus.Saved, value, []);
    public static WriteResult<T> Invalid(string field, string message) => new(WriteStatus.Invalid, default, [new(field, message)]);
    public static WriteResult<T> Invalid(IReadOnlyList<RuleViolation> errors) => new(WriteStatus.Invalid, default, errors);
    public static WriteResult<T> NotFound() => new(WriteStatus.NotFound, default, []);

    /// <summary>The request was valid but the current state refuses it (someone changed it first, a limit is reached).</summary>
    public static WriteResult<T> Conflict(string field, string message) => new(WriteStatus.Conflict, default, [new(field, message)]);
    public static WriteResult<T> Conflict(IReadOnlyList<RuleViolation> errors) => new(WriteStatus.Conflict, default, errors);
}
