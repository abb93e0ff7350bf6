using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// One hearing: its co-leads, rapporteur and the secretariat edit it (people heard, themes, notes, minutes, documents);
/// the other members of the dossier's space read it; anyone else gets 404.
/// </summary>
public class HearingModel(DossierRights rights, HearingQueries queries, HearingService hearings) : HearingFormPage(rights, queries)
{
    [FromRoute] public int HearingId { get; set; }
    public Hearing Hearing { get; private set; } = null!;
    public IReadOnlyList<AttachedDocument> Documents { get; private set; } = [];

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Queries.HearingAsync(Id, HearingId, cancellationToken) is not { } hearing) return false;
        Hearing = hearing;
        Documents = await Queries.DocumentsAsync(HearingId, cancellationToken);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused) return refused;
        Input = HearingInput.From(Hearing, Documents.Select(d => d.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused) return refused;
        return await SaveAsync(() => hearings.UpdateAsync(Dossier, HearingId, Input, cancellationToken),
            "L'audition a été modifiée.", h => HearingPaths.Hearing(Id, h.Id));
    }
}
