using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions.Public;

/// <summary>The confirmation after sending: the receipt number, and what happens next. Reached only from the form.</summary>
[AllowAnonymous]
public class ThanksModel : PageModel
{
    public const string Path = "/contribuer/merci";
    public const string ReceiptKey = "Contribution.Receipt";
    public const string PersonalDataKey = "Contribution.PersonalData";
    public const string UnverifiedKey = "Contribution.Unverified";

    public string Receipt { get; private set; } = "";
    public string PersonalData { get; private set; } = "";
    public int Unverified { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData[ReceiptKey] is not string receipt) return Redirect(ContributionPaths.Form);
        Receipt = receipt;
        PersonalData = TempData[PersonalDataKey] as string ?? "";
        Unverified = TempData[UnverifiedKey] as int? ?? 0;
        return Page();
    }
}
