namespace Conseil.Web.Features.Composition.Api;

/// <summary>Turns an editor's outcome into the API's answer: 404, 400 with field errors, or the value.</summary>
public static class ApiResults
{
    public static IResult From<T>(CompositionEditor.Result<T> result, Func<T, IResult> onSuccess) =>
        result.NotFound ? NotFound()
        : result.Succeeded ? onSuccess(result.Value!)
        : Invalid(result.Errors);

    public static IResult Invalid(IEnumerable<RuleViolation> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Les données envoyées ne sont pas valides.");

    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: 404, title: "Introuvable", detail: "La ressource demandée n'existe pas.");
}
