using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// The referral form, for a new referral and for an existing one: its numbered questions and themes take a line more
/// or a line less through the form's own buttons (no script needed), which redisplay the form without saving.
/// </summary>
public abstract class ReferralEditorPage(DossierChoices choices, ProgrammeChoices programme) : PageModel
{
    public const string AddQuestion = "ajouter-question", AddTheme = "ajouter-theme";
    public const string RemoveQuestion = "retirer-question-", RemoveTheme = "retirer-theme-";

    [BindProperty] public ReferralInput Input { get; set; } = new();

    /// <summary>The form's button that was pressed: a line added or removed, or (none) saving.</summary>
    [BindProperty] public string? Command { get; set; }

    public List<SelectListItem> Ministries { get; private set; } = [];
    public List<SelectListItem> Bodies { get; private set; } = [];
    public List<SelectListItem> Axes { get; private set; } = [];

    protected abstract Task<WriteResult<Dossier>> SaveAsync(CancellationToken cancellationToken);
    protected abstract string SavedMessage { get; }

    protected async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        Ministries = await choices.MinistriesAsync(cancellationToken);
        Bodies = await programme.BodiesAsync(cancellationToken);
        Axes = await programme.AxesAsync(cancellationToken);
        // One empty line to type into, always.
        if (Input.Questions.Count == 0 || !string.IsNullOrWhiteSpace(Input.Questions[^1].Text)) Input.Questions.Add(new LineInput());
        if (Input.Themes.Count == 0 || !string.IsNullOrWhiteSpace(Input.Themes[^1].Text)) Input.Themes.Add(new LineInput());
        return Page();
    }

    protected async Task<IActionResult> PostAsync(CancellationToken cancellationToken)
    {
        if (Edit(Command))
        {
            // The lines moved: what was typed is shown from the input, not from the previous lines' posted values.
            ModelState.Clear();
            return await FormAsync(cancellationToken);
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(cancellationToken);
            if (outcome.Status == WriteStatus.NotFound) return NotFound();
            if (outcome.Succeeded)
            {
                TempData["Success"] = SavedMessage;
                return LocalRedirect($"/espace/dossiers/{outcome.Value!.Id}");
            }
            ModelState.AddErrors(outcome, nameof(Input));
        }
        return await FormAsync(cancellationToken);
    }

    /// <summary>Applies a line command; false when the form was sent to be saved.</summary>
    private bool Edit(string? command)
    {
        switch (command)
        {
            case null or "":
                return false;
            case AddQuestion:
                if (Input.Questions.Count < ReferralInput.MaxQuestions) Input.Questions.Add(new LineInput());
                return true;
            case AddTheme:
                if (Input.Themes.Count < ReferralInput.MaxThemes) Input.Themes.Add(new LineInput());
                return true;
        }
        if (Index(command, RemoveQuestion) is { } question && question < Input.Questions.Count) Input.Questions.RemoveAt(question);
        else if (Index(command, RemoveTheme) is { } theme && theme < Input.Themes.Count) Input.Themes.RemoveAt(theme);
        return true;
    }

    private static int? Index(string command, string prefix) =>
        command.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(command.AsSpan(prefix.Length), out var i) && i >= 0 ? i : null;
}
