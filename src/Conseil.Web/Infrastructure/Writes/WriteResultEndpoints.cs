namespace Conseil.Web.Infrastructure.Writes;

/// <summary>The API's answers to a write: the value, or ProblemDetails (400 with field errors, 404, 409).</summary>
public static class WriteResultEndpoints
{
    public static IResult ToHttpResult<T>(this WriteResult<T> result, Func<T, IResult> onSaved) => result.Status switch
    {
        WriteStatus.Saved => onSaved(result.Value!),
        WriteStatus.NotFound => NotFound(),
        WriteStatus.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflit",
            detail: string.Join(" ", result.Errors.Select(e => e.Message))),
        _ => Invalid(result.Errors),
    };

    public static IResult Invalid(IEnumerable<RuleViolation> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Les données envoyées ne sont pas valides.");

    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable", detail: "La ressource demandée n'existe pas.");
}
