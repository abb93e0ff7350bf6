using Conseil.Web.Infrastructure.Writes;
using Conseil.Web.Data;

namespace Conseil.Web.Features.Composition.Workspace;

public class PersonModel(AppDb db, CompositionEditor editor) : EditorPage<PersonInput>
{
    protected override string SavedMessage => IsNew ? "La personne a été créée." : "La personne a été modifiée.";
    protected override string ReturnUrl => "/espace/composition/personnes";

    protected override async Task<PersonInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.People.FindAsync([id], cancellationToken) is { } p ? PersonInput.From(p) : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await editor.SavePersonAsync(Id, Input, cancellationToken);
}
