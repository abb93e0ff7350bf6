using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>Records a referral received: its dossier starts in the state « Reçu ».</summary>
[Authorize(Policy = Policies.Secretariat)]
public class NewReferralModel(ReferralService referrals, DossierChoices choices, ProgrammeChoices programme, TimeProvider clock)
    : ReferralEditorPage(choices, programme)
{
    protected override string SavedMessage => "La saisine a été enregistrée ; le dossier est à l'état « Reçu ».";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ReferralInput { ReceivedOn = Infrastructure.French.FrenchDates.Today(clock) };
        return FormAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => PostAsync(cancellationToken);

    protected override Task<WriteResult<Dossier>> SaveAsync(CancellationToken cancellationToken) =>
        referrals.CreateAsync(Input, User, cancellationToken);
}
