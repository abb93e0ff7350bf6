using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// What _Field.cshtml needs to draw one DSFR input with its label, hint and error message tied to it.
/// Passwords are never given a value back: a failed form shows them empty.
/// </summary>
public sealed record FormField(string Name, string Label, string Type, string Autocomplete)
{
    public string? Value { get; init; }
    public string? Hint { get; init; }
    public string? InputMode { get; init; }
    public string? Pattern { get; init; }
    public string? Error { get; init; }

    public string Id => Name.Replace('.', '-').ToLowerInvariant();

    public FormField With(ModelStateDictionary state, string? value = null) => this with
    {
        Value = Type == "password" ? null : value,
        Error = state[Name]?.Errors.FirstOrDefault()?.ErrorMessage,
    };
}
