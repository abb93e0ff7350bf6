using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// Moves a dossier to its next state, dated, signed and commented; a move the state machine refuses is explained.
/// Only the secretariat uses it: anyone else gets 404, as for a dossier that does not exist.
/// </summary>
public class MoveModel(AppDb db, ReferralService referrals, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public MoveInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public DossierState State { get; private set; }
    public DateOnly Since { get; private set; }
    public List<SelectListItem> States { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var next = DossierStates.From(State, Kind);
        Input = new MoveInput { From = State, To = next.Count > 0 ? next[0] : null, On = FrenchDates.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (ModelState.IsValid)
        {
            var outcome = await referrals.MoveAsync(Id, Input, User, cancellationToken);
            if (outcome.Status == WriteStatus.NotFound) return NotFound();
            if (outcome.Succeeded)
            {
                TempData["Success"] = $"Le dossier est passé à l'état « {DossierStates.Of(outcome.Value!.To)} ».";
                return LocalRedirect($"/espace/dossiers/{Id}");
            }
            ModelState.AddErrors(outcome, nameof(Input));
        }
        // The form keeps what was chosen, but the state shown is the current one.
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.From)}");
        Input.From = State;
        return Page();
    }

    private ReferralKind Kind { get; set; }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded) return false;
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == Id)
            .Select(d => new { d.Name, d.State, d.Kind, d.ReceivedOn, Since = d.Moves.Max(m => (DateOnly?)m.On) })
            .SingleOrDefaultAsync(cancellationToken);
        if (dossier is null) return false;
        (Name, State, Kind, Since) = (dossier.Name, dossier.State, dossier.Kind, dossier.Since ?? dossier.ReceivedOn);
        States = DossierChoices.Moves(State, Kind);
        return true;
    }
}
