using Conseil.Web.Infrastructure.Writes;
using Conseil.Web.Data;

namespace Conseil.Web.Features.Composition.Workspace;

public class TermModel(AppDb db, CompositionEditor editor) : EditorPage<TermInput>
{
    protected override string SavedMessage => IsNew ? "La mandature a été créée." : "La mandature a été modifiée.";
    protected override string ReturnUrl => "/espace/composition/mandatures";

    protected override async Task<TermInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Terms.FindAsync([id], cancellationToken) is { } t
            ? new TermInput { Name = t.Name, StartDate = t.StartDate, EndDate = t.EndDate, AppointingAct = t.AppointingAct }
            : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await editor.SaveTermAsync(Id, Input, cancellationToken);
}
