using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// The framework's cookie TempData, except that a response does not delete a cookie the request did not send.
/// The layout reads TempData (the flash message) on every page, and the stock provider then answers every page
/// with a "Set-Cookie: …; expires=1970" header, which keeps any page out of the output cache.
/// </summary>
public sealed class TempDataWithoutEmptyCookie(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options)
    : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!)) return;
        cookies.SaveTempData(context, values);
    }
}
