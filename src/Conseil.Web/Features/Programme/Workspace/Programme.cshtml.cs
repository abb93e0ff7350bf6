using Conseil.Web.Data;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Infrastructure.Writes;

namespace Conseil.Web.Features.Programme.Workspace;

/// <summary>Creates or edits a work programme; an adoption date publishes it on /programme.</summary>
public class ProgrammeModel(AppDb db, ProgrammeService programmes) : EditorPage<ProgrammeInput>
{
    private int? savedId;

    protected override string SavedMessage => IsNew ? "Le programme a été créé." : "Le programme a été modifié.";
    protected override string ReturnUrl => $"/espace/programme?programme={savedId ?? Id}";

    protected override async Task<ProgrammeInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.WorkProgrammes.FindAsync([id], cancellationToken) is { } p ? ProgrammeInput.From(p) : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken)
    {
        var result = await programmes.SaveProgrammeAsync(Id, Input, cancellationToken);
        savedId = result.Value?.Id;
        return result;
    }
}
