using Conseil.Web.Infrastructure.Writes;
using Conseil.Web.Data;

namespace Conseil.Web.Features.Composition.Workspace;

public class OrganisationModel(AppDb db, CompositionEditor editor) : EditorPage<OrganisationInput>
{
    protected override string SavedMessage => IsNew ? "L'organisme a été créé." : "L'organisme a été modifié.";
    protected override string ReturnUrl => "/espace/composition/organismes";

    protected override async Task<OrganisationInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Organisations.FindAsync([id], cancellationToken) is { } o ? OrganisationInput.From(o) : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await editor.SaveOrganisationAsync(Id, Input, cancellationToken);
}
