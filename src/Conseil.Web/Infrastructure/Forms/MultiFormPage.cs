using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Infrastructure.Forms;

/// <summary>A page with several forms, each posted to its own handler.</summary>
public abstract class MultiFormPage : PageModel
{
    /// <summary>
    /// Binds and validates only the form that was posted, under its prefix. ([BindProperty] would bind every
    /// form, and a form whose fields are absent falls back to the empty prefix, so its rules would report
    /// under bare keys such as "Quota".)
    /// </summary>
    protected async Task<(T Input, bool IsValid)> BindFormAsync<T>(string prefix) where T : class, new()
    {
        var input = new T();
        var bound = await TryUpdateModelAsync(input, prefix);
        return (input, bound && TextGuard.Check(ModelState) && ModelState.IsValid);
    }
}
