using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// Edits a dossier's referral. A page of the dossier's space that only the secretariat uses: anyone else gets 404, as
/// for a dossier that does not exist.
/// </summary>
public class EditReferralModel(AppDb db, ReferralService referrals, DossierChoices choices, ProgrammeChoices programme, IAuthorizationService authorization)
    : ReferralEditorPage(choices, programme)
{
    [FromRoute] public int Id { get; set; }

    protected override string SavedMessage => "La saisine a été modifiée.";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await IsSecretariatAsync()) return NotFound();
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Questions).Include(d => d.Ministries).Include(d => d.Themes)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (dossier is null) return NotFound();
        Input = ReferralInput.From(dossier);
        return await FormAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await IsSecretariatAsync() ? await PostAsync(cancellationToken) : NotFound();

    protected override Task<WriteResult<Dossier>> SaveAsync(CancellationToken cancellationToken) =>
        referrals.UpdateAsync(Id, Input, cancellationToken);

    private async Task<bool> IsSecretariatAsync()
    {
        ViewData["Cancel"] = $"/espace/dossiers/{Id}";
        return (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
    }
}
