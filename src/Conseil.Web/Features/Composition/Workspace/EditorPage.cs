using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>
/// The shape shared by the secretariat's create-or-edit pages: load into <see cref="Input"/>, validate,
/// save through the shared service, redisplay with the errors tied to their fields, or go back to the list.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public abstract class EditorPage<TInput> : PageModel where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }
    public bool IsNew => Id is null;

    protected abstract Task<TInput?> LoadAsync(int id, CancellationToken cancellationToken);
    protected abstract Task<WriteResult> SaveAsync(CancellationToken cancellationToken);
    protected abstract string SavedMessage { get; }
    protected abstract string ReturnUrl { get; }
    protected virtual TInput Blank() => new();
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var input = Id is null ? Blank() : await LoadAsync(Id.Value, cancellationToken);
        if (input is null) return NotFound();
        Input = input;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(cancellationToken);
            if (outcome.Status == WriteStatus.NotFound) return NotFound();
            if (outcome.Succeeded)
            {
                TempData["Success"] = SavedMessage;
                return LocalRedirect(ReturnUrl);
            }
            ModelState.AddErrors(outcome, nameof(Input));
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
