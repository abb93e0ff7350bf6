using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Errors;

/// <summary>
/// The page of an error status, inside the site's layout (State header and footer). The status code pages and the
/// exception handler re-execute it (<see cref="ErrorResponses"/>); asked for directly it answers with the status it names.
/// </summary>
[AllowAnonymous]
public class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string Title => ErrorResponses.Title(Status);
    public string Detail { get; private set; } = "";

    public void OnGet(int status)
    {
        Status = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        Detail = ErrorResponses.DetailFor(HttpContext, Status);
    }
}
