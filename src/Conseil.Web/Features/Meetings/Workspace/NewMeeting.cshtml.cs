using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>The secretariat schedules a meeting of a body; its agenda is set on the meeting's page.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class NewMeetingModel(MeetingService meetings, ProgrammeChoices choices) : PageModel
{
    [BindProperty] public MeetingInput Input { get; set; } = new();
    public List<SelectListItem> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new MeetingInput { StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(17, 0), Mode = MeetingMode.InPerson };
        Bodies = await choices.BodiesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await meetings.ScheduleAsync(Input, ct);
            if (result.Value is { } meeting)
            {
                TempData["Success"] = "La séance est programmée : composez maintenant son ordre du jour.";
                return LocalRedirect(MeetingPaths.Meeting(meeting.Id));
            }
            ModelState.AddErrors(result, nameof(Input));
        }
        Bodies = await choices.BodiesAsync(ct);
        return Page();
    }
}
