using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Conseil.Web.Infrastructure.Forms;

/// <summary>
/// Applies <see cref="TextGuard"/> to what a page bound: a posted form is redisplayed with the error beside
/// the field; an address (GET) carrying such text is refused outright.
/// </summary>
public sealed class TextGuardFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (TextGuard.Check(context.ModelState)) return;
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
