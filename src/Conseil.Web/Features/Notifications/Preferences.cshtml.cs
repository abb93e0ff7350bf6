using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Notifications;

/// <summary>Each person chooses how they hear of their working groups' news: at once, in a daily digest, or not at all.</summary>
[Authorize(Policy = Policies.Workspace)]
public class PreferencesModel(AppDb db, NotificationSettings settings) : PageModel
{
    [BindProperty] public NotificationMode? Mode { get; set; }
    public int? PersonId { get; private set; }

    public static IReadOnlyList<(NotificationMode Mode, string Hint)> Choices { get; } =
    [
        (NotificationMode.Immediate, "Un courriel à chaque audition programmée, document ajouté, message publié ou échéance proche."),
        (NotificationMode.DailyDigest, "Un seul courriel par jour, le matin, qui reprend les nouveautés de la veille. C'est le choix par défaut."),
        (NotificationMode.None, "Vous consultez vous-même l'espace de vos groupes. Les courriels qui vous concernent personnellement (candidature, inscription à un groupe) restent envoyés."),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PersonId = await db.PersonIdOfAsync(User, cancellationToken);
        if (PersonId is { } personId) Mode = await settings.ModeOfAsync(personId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PersonId = await db.PersonIdOfAsync(User, cancellationToken);
        if (PersonId is not { } personId) return Page();
        if (Mode is not { } mode || !Enum.IsDefined(mode))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Mode), "Choisissez comment recevoir les nouvelles de vos groupes.");
            return Page();
        }
        await settings.SetAsync(personId, mode, cancellationToken);
        TempData["Success"] = $"Votre choix est enregistré : {NotificationRecords.Of(mode).ToLowerInvariant()}.";
        return RedirectToPage();
    }
}
