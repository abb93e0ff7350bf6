using Conseil.Web.Infrastructure.Writes;
using Conseil.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Composition.Workspace;

public class OfficeModel(AppDb db, CompositionEditor editor, CompositionChoices choices) : EditorPage<OfficeInput>
{
    public List<SelectListItem> People { get; private set; } = [];
    protected override string SavedMessage => IsNew ? "La fonction a été enregistrée." : "La fonction a été modifiée.";
    protected override string ReturnUrl => "/espace/composition/fonctions";

    protected override async Task<OfficeInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Offices.FindAsync([id], cancellationToken) is { } o
            ? new OfficeInput { Kind = o.Kind, PersonId = o.PersonId, StartDate = o.StartDate, EndDate = o.EndDate, Note = o.Note }
            : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await editor.SaveOfficeAsync(Id, Input, cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        People = await choices.PeopleAsync(cancellationToken);
}
