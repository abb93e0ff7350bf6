using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Conseil.Web.Infrastructure.Forms;

/// <summary>
/// Text typed by people never needs control characters, bidirectional overrides (used to disguise names
/// and file names) or broken UTF-16; PostgreSQL also refuses NUL. Such text is refused everywhere.
/// </summary>
public static class TextGuard
{
    public const string Message =
        "Ce texte contient des caractères non autorisés (caractères de contrôle ou d'inversion du sens du texte).";

    public static bool IsSafe(string? text) => text is null || FirstUnsafe(text) < 0;

    public static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var forbidden = (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F'
                || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
                || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
            if (forbidden) return i;
        }
        return -1;
    }

    /// <summary>Marks every bound form or query value that is not safe text as an error of its field.</summary>
    public static bool Check(ModelStateDictionary modelState)
    {
        var unsafeKeys = modelState.Where(e => !IsSafe(e.Value?.AttemptedValue)).Select(e => e.Key).ToList();
        foreach (var key in unsafeKeys) modelState.AddModelError(key, Message);
        return unsafeKeys.Count == 0;
    }
}

/// <summary>The API's JSON strings pass the same guard: an unsafe string makes the body invalid (400).</summary>
public sealed class SafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TextGuard.IsSafe(text) ? text : throw new JsonException(TextGuard.Message);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
