using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>The written procedures: the secretariat lists them and opens one, the members being e-mailed their personal link.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class ConsultationsModel(AppDb db, WrittenService service, ProgrammeChoices choices, TimeProvider clock) : PageModel
{
    [BindProperty] public ConsultationInput Input { get; set; } = new();
    public List<SelectListItem> Bodies { get; private set; } = [];
    public IReadOnlyList<WrittenConsultation> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new ConsultationInput
        {
            ClosesOn = DateOnly.FromDateTime(FrenchDates.ToParis(clock.GetUtcNow().UtcDateTime)).AddDays(7), ClosesAtTime = new TimeOnly(18, 0),
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await service.OpenAsync(Input, ct);
            if (result.Value is { } opened)
            {
                TempData["Success"] = $"La consultation est ouverte : {French.Count(opened.Consulted, "membre reçoit", "membres reçoivent")} son lien personnel par courriel.";
                return LocalRedirect(MeetingPaths.Consultation(opened.Id));
            }
            ModelState.AddErrors(result, nameof(Input));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bodies = await choices.BodiesAsync(ct);
        List = await db.Set<WrittenConsultation>().AsNoTracking().Include(c => c.Body).Include(c => c.Ballots.Where(b => b.Choice != null))
            .OrderByDescending(c => c.ClosesAt).Take(100).AsSplitQuery().ToListAsync(ct);
    }
}
