using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>Schedules a hearing of the dossier (its co-leads, rapporteur and the secretariat); the dossier's groups are told.</summary>
public class NewHearingModel(DossierRights rights, HearingQueries queries, HearingService hearings) : HearingFormPage(rights, queries)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused) return refused;
        if (!Dossier.MayLead) return Forbid();
        Input = new HearingInput { Time = new TimeOnly(14, 0) }.WithBlankRow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused) return refused;
        return await SaveAsync(() => hearings.CreateAsync(Dossier, Input, cancellationToken),
            "L'audition a été enregistrée ; les membres des groupes du dossier en sont prévenus.", h => HearingPaths.Hearing(Id, h.Id));
    }
}
