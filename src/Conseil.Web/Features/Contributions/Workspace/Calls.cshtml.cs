using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions.Workspace;

/// <summary>
/// Calls for contributions: the secretariat opens a dossier being instructed, or an axis of an adopted programme, to
/// the public form (its name becomes public there), until a date or until it closes it.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class CallsModel(ContributionCallService calls, TimeProvider clock) : PageModel
{
    public CallInput Input { get; set; } = new();
    public List<CallRow> Calls { get; private set; } = [];
    public List<SelectListItem> Targets { get; private set; } = [];
    public DateOnly Today => FrenchDates.Today(clock);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        var input = new CallInput();
        if (await TryUpdateModelAsync(input, nameof(Input)) && ModelState.IsValid)
        {
            var result = await calls.OpenAsync(input, ct);
            if (result.Succeeded) return Done("L'appel à contributions est ouvert : le formulaire public le propose.");
            ModelState.AddErrors(result, nameof(Input));
        }
        Input = input;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync([FromForm] int? callId, CancellationToken ct)
    {
        var result = callId is { } id ? await calls.CloseAsync(id, ct) : WriteResult<int>.NotFound();
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Succeeded) return Done("L'appel à contributions est clos : le formulaire public ne le propose plus.");
        ModelState.AddErrors(result, nameof(Input));
        await LoadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect(ContributionPaths.Calls);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Calls = await calls.AllAsync(ct);
        Targets = await calls.TargetsAsync(ct);
    }
}
