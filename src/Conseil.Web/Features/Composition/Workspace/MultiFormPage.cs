using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>
/// A workspace page about one record (a college, a body) with several forms, each posted to its own handler:
/// binds only the posted form, saves through <see cref="CompositionEditor"/>, then redirects or redisplays.
/// </summary>
public abstract class MultiFormPage : PageModel
{
    [FromRoute] public int Id { get; set; }

    /// <summary>Loads what the page shows; false when the record does not exist.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Where a successful write goes: this page again, unless a page with more route values says.</summary>
    protected virtual string? DoneUrl => null;

    /// <summary>The form field an editor's error belongs beside.</summary>
    protected virtual string FieldOf(RuleViolation error) => error.Field;

    /// <summary>
    /// Binds and validates only the form that was posted, under its prefix. ([BindProperty] would bind every
    /// form, and a form whose fields are absent falls back to the empty prefix, so its rules would report
    /// under bare keys such as "Quota".)
    /// </summary>
    protected async Task<(T Input, bool IsValid)> BindFormAsync<T>(string prefix) where T : class, new()
    {
        var input = new T();
        var bound = await TryUpdateModelAsync(input, prefix);
        return (input, bound && Infrastructure.Forms.TextGuard.Check(ModelState) && ModelState.IsValid);
    }

    protected async Task<IActionResult> DoneAsync<T>(
        Task<WriteResult<T>> saving, string prefix, string message, CancellationToken cancellationToken)
    {
        var result = await saving;
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData["Success"] = message;
            return DoneUrl is { } url ? LocalRedirect(url) : RedirectToPage(new { Id });
        }
        ModelState.AddErrors(result, prefix, FieldOf);
        return await RedisplayAsync(cancellationToken);
    }

    protected async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();
}
