using System.Text;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

public enum ExtractionStatus
{
    /// <summary>All the document's text was read.</summary>
    Complete,

    /// <summary>The limits (characters, pages, decompressed size) stopped the reading: the rest was not checked.</summary>
    Truncated,

    /// <summary>No text to read: an image, a scanned PDF without a text layer.</summary>
    NoText,

    /// <summary>Corrupt, encrypted or not what it claims: nothing can be said of its content.</summary>
    Unreadable,
}

/// <summary>The text of an attachment as far as it could be read; anything but Complete means a person must look.</summary>
public sealed record ExtractedText(string Text, ExtractionStatus Status)
{
    public static readonly ExtractedText Unreadable = new("", ExtractionStatus.Unreadable);

    /// <summary>Null when complete; otherwise why the document's text was not all checked, in French.</summary>
    public string? Reason => Status switch
    {
        ExtractionStatus.Truncated => "seul le début du document a pu être vérifié",
        ExtractionStatus.NoText => "le document ne contient pas de texte lisible (image ou document numérisé)",
        ExtractionStatus.Unreadable => "le document n'a pas pu être lu (fichier endommagé ou protégé)",
        _ => null,
    };
}

/// <summary>A text that stops growing at its limit and says so.</summary>
internal sealed class TextBuffer(int maxCharacters)
{
    private readonly StringBuilder text = new();

    public bool Full { get; private set; }

    /// <summary>False once the limit is reached: the caller stops reading.</summary>
    public bool Append(ReadOnlySpan<char> value)
    {
        if (Full) return false;
        var room = maxCharacters - text.Length;
        if (value.Length > room)
        {
            text.Append(value[..room]);
            Full = true;
            return false;
        }
        text.Append(value);
        return true;
    }

    public ExtractedText Result(bool stoppedEarly) => new(text.ToString(),
        Full || stoppedEarly ? ExtractionStatus.Truncated
        : string.IsNullOrWhiteSpace(text.ToString()) ? ExtractionStatus.NoText : ExtractionStatus.Complete);
}
