using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Conseil.Web.Infrastructure.Writes;

public static class WriteResultPages
{
    /// <summary>Puts each broken rule beside its field of the form bound under <paramref name="prefix"/>.</summary>
    public static void AddErrors(this ModelStateDictionary state, WriteResult result, string prefix, Func<RuleViolation, string>? fieldOf = null)
    {
        foreach (var error in result.Errors)
        {
            var field = fieldOf?.Invoke(error) ?? error.Field;
            state.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", error.Message);
        }
    }
}
