using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Conseil.Web.Infrastructure.Forms;

public static class ModelStateExtensions
{
    /// <summary>
    /// On a page with several forms, keeps only the entries of the form that was posted. The others'
    /// fields are absent, and model binding then falls back to the empty prefix, so their rules would
    /// report under bare keys ("Quota", "Label"); those are dropped too.
    /// </summary>
    public static void KeepOnly(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }
}
