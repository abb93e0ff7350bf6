using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Meetings.Public;

/// <summary>
/// A member's vote by written procedure, from the personal link e-mailed to them: no session, the token in the address
/// is the secret (an unknown one: 404). They vote once, until the deadline; then they read the result.
/// </summary>
[AllowAnonymous]
public class WrittenBallotModel(WrittenService service, TimeProvider clock) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";
    [BindProperty] public WrittenBallotInput Ballot { get; set; } = new();
    public WrittenBallot Mine { get; private set; } = null!;
    public WrittenConsultation Consultation => Mine.WrittenConsultation;
    public bool IsOpen => Consultation.Status == ConsultationStatus.Open && clock.GetUtcNow().UtcDateTime < Consultation.ClosesAt;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await service.CastAsync(Token, Ballot, ct);
            if (result.Status == WriteStatus.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData["Success"] = "Votre vote est enregistré.";
                return LocalRedirect(MeetingPaths.WrittenBallot(Token));
            }
            ModelState.AddErrors(result, nameof(Ballot));
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await service.BallotAsync(Token, ct) is not { } ballot) return false;
        Mine = ballot;
        return true;
    }
}
