using System.Security.Cryptography;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Conseil.Web.Features.Roster;

public sealed record ImportInput
{
    public IFormFile? Fichier { get; init; }

    /// <summary>The checked file, carried to the confirmation step encrypted and signed: the client cannot alter it.</summary>
    public string? Contenu { get; init; }
}

[Authorize(Policy = Policies.Secretariat)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
public class ImportModel(RosterImport import, IDataProtectionProvider protection) : PageModel
{
    // Room for a 2 MB file once encrypted and base64-encoded in the confirmation form.
    private const int MaxRequestBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan ConfirmationDelay = TimeSpan.FromHours(1);

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public RosterPlan? Plan { get; private set; }
    public string? ProtectedContent { get; private set; }
    public bool Applied { get; private set; }

    private ITimeLimitedDataProtector Protector =>
        protection.CreateProtector("Conseil.Roster.Import").ToTimeLimitedDataProtector();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var content = await ReadUploadAsync(cancellationToken);
        if (content is null) return Page();
        Plan = await import.PlanAsync(content, cancellationToken);
        if (Plan.FileError is not null) ModelState.AddModelError("Input.Fichier", Plan.FileError);
        if (Plan.CanApply) ProtectedContent = WebEncoders.Base64UrlEncode(Protector.Protect(content, ConfirmationDelay));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = Protector.Unprotect(WebEncoders.Base64UrlDecode(Input.Contenu ?? ""), out _);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            ModelState.AddModelError("Input.Fichier", "La vérification a expiré ou n'est plus valable : importez le fichier de nouveau.");
            return Page();
        }
        Plan = await import.ApplyAsync(content, cancellationToken);
        if (Plan.FileError is not null) ModelState.AddModelError("Input.Fichier", Plan.FileError);
        Applied = Plan.CanApply;
        return Page();
    }

    private async Task<byte[]?> ReadUploadAsync(CancellationToken cancellationToken)
    {
        var file = Input.Fichier;
        var error = file switch
        {
            null or { Length: 0 } => "Choisissez un fichier CSV non vide à importer.",
            { Length: > RosterCsv.MaxBytes } => "Le fichier dépasse la taille maximale de 2 Mo.",
            _ when !Path.GetExtension(file.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) =>
                "Le fichier doit être au format CSV (extension .csv).",
            _ => null,
        };
        if (error is not null)
        {
            ModelState.AddModelError("Input.Fichier", error);
            return null;
        }
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
