using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Composition.Workspace;

public class MandateModel(AppDb db, MandateService mandates, CompositionChoices choices) : EditorPage<MandateInput>
{
    [FromQuery] public int? SeatId { get; set; }
    public List<SelectListItem> Seats { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public List<SelectListItem> Terms { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];
    private int? savedSeatId;

    protected override string SavedMessage => IsNew ? "Le mandat a été créé." : "Le mandat a été modifié.";
    protected override string ReturnUrl => $"/espace/composition/siege/{savedSeatId}";
    protected override MandateInput Blank() => new() { SeatId = SeatId, Status = MandateStatus.Active, Role = MandateRole.FullMember };

    protected override async Task<MandateInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Mandates.FindAsync([id], cancellationToken) is { } m ? MandateInput.From(m) : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken)
    {
        var result = await mandates.SaveAsync(Id, Input, cancellationToken);
        savedSeatId = result.Value?.SeatId;
        return result;
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Seats = await choices.SeatsAsync(cancellationToken);
        People = await choices.PeopleAsync(cancellationToken);
        Terms = await choices.TermsAsync(cancellationToken);
        Organisations = await choices.OrganisationsAsync(cancellationToken);
    }
}
