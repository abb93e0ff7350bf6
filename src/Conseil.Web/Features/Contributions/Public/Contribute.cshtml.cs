using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Contributions.Public;

/// <summary>
/// The public form (linked from the home page): a written contribution to an open dossier or axis, with up to three
/// attachments. Works without JavaScript; never cached (it carries an antiforgery token). A filled honeypot gets the
/// same confirmation as a real contribution, and nothing is kept.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ContributionRateLimit.Policy)]
[ContributionUploadLimit]
public class ContributeModel(
    ContributionCallService calls, ContributionIntake intake, IOptions<ContributionOptions> options, IOptions<RetentionOptions> retention)
    : PageModel
{
    [BindProperty] public ContributionInput Input { get; set; } = new();
    public IReadOnlyList<OpenCall> Calls { get; private set; } = [];

    /// <summary>The form came back with errors: shown even if no call is open any more, so that the text typed is not lost.</summary>
    public bool Posted { get; private set; }

    /// <summary>The form came back with errors after files were chosen: the browser does not send them again.</summary>
    public bool ChooseFilesAgain { get; private set; }

    public long MaxAttachmentBytes => options.Value.MaxAttachmentBytes;
    public string ContactRetention => RetentionOptions.Describe(retention.Value.ContributorContactMonths);

    /// <summary><c>?appel=3</c> (a link from a call's announcement) chooses that call.</summary>
    public async Task OnGetAsync([FromQuery(Name = "appel")] int? call, CancellationToken ct)
    {
        Calls = await calls.OpenCallsAsync(ct);
        Input.CallId = Calls.Count == 1 ? Calls[0].Id : Calls.FirstOrDefault(c => c.Id == call)?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Website)) return Thanks(new ContributionReceipt(Receipts.New(), "", 0));
        foreach (var rule in ContributionIntake.FormRules(Input))
        {
            var key = $"{nameof(Input)}.{rule.Field}";
            if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError(key, rule.Message);
        }
        if (ModelState.IsValid)
        {
            var result = await intake.SubmitAsync(Input, ct);
            if (result is { Succeeded: true, Value: { } receipt }) return Thanks(receipt);
            ModelState.AddErrors(result, nameof(Input));
        }
        Posted = true;
        ChooseFilesAgain = Input.Attachments().Any();
        Calls = await calls.OpenCallsAsync(ct);
        return Page();
    }

    private RedirectResult Thanks(ContributionReceipt receipt)
    {
        TempData[ThanksModel.ReceiptKey] = receipt.Number;
        TempData[ThanksModel.PersonalDataKey] = receipt.PersonalData;
        TempData[ThanksModel.UnverifiedKey] = receipt.Unverified;
        return Redirect(ThanksModel.Path);
    }
}
