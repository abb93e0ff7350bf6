using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Infrastructure.Forms;

/// <summary>Model binding's own messages ("The value 'x' is not valid"), in French.</summary>
public static class FrenchModelBinding
{
    public static void Configure(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"La valeur « {value} » n'est pas valide pour « {field} ».");
        m.SetMissingBindRequiredValueAccessor(field => $"Le champ « {field} » est obligatoire.");
        m.SetMissingKeyOrValueAccessor(() => "Une valeur est obligatoire.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Le corps de la requête est obligatoire.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur fournie n'est pas valide.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "La valeur doit être un nombre.");
        m.SetUnknownValueIsInvalidAccessor(field => $"La valeur fournie n'est pas valide pour « {field} ».");
        m.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        m.SetValueMustBeANumberAccessor(field => $"Le champ « {field} » doit être un nombre.");
        m.SetValueMustNotBeNullAccessor(value => $"La valeur « {value} » n'est pas valide.");
    }
}
