using FrenchText = Conseil.Web.Infrastructure.French.French;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>The French verdict on an upload: its content against the allowed kinds, then its name against its content.</summary>
public static class UploadCheck
{
    /// <summary>Null when the file may be kept; otherwise the message to show beside the field.</summary>
    public static string? Refusal(string displayName, FileKind? detected, IReadOnlyCollection<FileKind> allowed)
    {
        var file = $"Le fichier « {displayName} »";
        var claimed = FileNames.ClaimedExtension(displayName);
        var named = claimed is null ? null : FileKind.FromExtension(claimed);
        if (detected is null)
            return named is null
                ? $"{file} n'est pas d'un format accepté ({Formats(allowed)})."
                : $"{file} n'est pas un {named.Name} : son contenu ne correspond à aucun format accepté ({Formats(allowed)}).";
        if (!allowed.Contains(detected))
            return $"{file} est {detected.WithArticle} : ce format n'est pas accepté ici ({Formats(allowed)}).";
        if (claimed is null || detected.Extensions.Contains(claimed)) return null;
        return named is null
            ? $"{file} porte l'extension {claimed}, qui ne correspond pas à son contenu, celui {detected.OfArticle}."
            : $"{file} n'est pas un {named.Name} : son contenu est celui {detected.OfArticle}.";
    }

    public static string Empty(string displayName) => $"Le fichier « {displayName} » est vide.";

    public static string TooLarge(string displayName, long maxBytes) =>
        $"Le fichier « {displayName} » dépasse la taille maximale de {Size(maxBytes)}.";

    /// <summary>"20 Mo", "1,5 Mo", "512 ko" (binary multiples, as file managers count).</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{Math.Round(bytes / (double)(1 << 20), 1).ToString("0.#", FrenchText.Culture)} Mo",
        >= 1 << 10 => $"{Math.Round(bytes / 1024d).ToString("0", FrenchText.Culture)} ko",
        _ => FrenchText.Count(bytes, "octet", "octets"),
    };

    /// <summary>"format accepté : PDF", "formats acceptés : PDF, DOCX et ODT".</summary>
    public static string Formats(IReadOnlyCollection<FileKind> allowed)
    {
        var names = allowed.Select(kind => kind.Name).ToList();
        if (names.Count == 1) return "format accepté : " + names[0];
        return "formats acceptés : " + string.Join(", ", names[..^1]) + " et " + names[^1];
    }
}
