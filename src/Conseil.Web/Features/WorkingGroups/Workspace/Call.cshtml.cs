using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>
/// A call for candidates. While it is open, every signed-in member of the council reads it and may apply, although
/// not yet in the group; otherwise only the group's space (and the candidates themselves) reads it: anyone else gets
/// 404. The candidacies and the selection are the president's office's: the secretariat and the president in office.
/// </summary>
public class CallModel(AppDb db, WorkingGroupQueries queries, CallService calls, SpaceAccess spaces, IAuthorizationService authorization)
    : MultiFormPage
{
    [FromRoute] public int CallId { get; set; }
    public CallForCandidates Call { get; private set; } = null!;
    public WorkingGroup Group { get; private set; } = null!;
    public CallStatus Status { get; private set; }
    public int? PersonId { get; private set; }
    public Candidacy? Mine { get; private set; }
    public string? Refusal { get; private set; }
    public bool MaySelect { get; private set; }

    public sealed record CandidacyRow(int Id, string Person, string Motivation, DateTime SubmittedAt, CandidacyDecision Decision);
    public IReadOnlyList<CandidacyRow> Candidacies { get; private set; } = [];
    public CandidacyInput Candidacy { get; set; } = null!;
    public DateOnly Today => queries.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RedisplayAsync(cancellationToken);

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        (Candidacy, var valid) = await BindFormAsync<CandidacyInput>(nameof(Candidacy));
        return valid
            ? await DoneAsync(calls.ApplyAsync(Id, CallId, PersonId, Candidacy, cancellationToken), nameof(Candidacy),
                "Votre candidature est enregistrée. Vous pouvez la retirer jusqu'à la clôture de l'appel.", cancellationToken)
            : Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? await DoneAsync(calls.WithdrawAsync(Id, CallId, PersonId, cancellationToken), nameof(Candidacy), "Votre candidature a été retirée.", cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !MaySelect) return NotFound();
        var (selection, valid) = await BindFormAsync<SelectionInput>("Selection");
        return valid
            ? await DoneAsync(calls.DecideAsync(Id, CallId, selection, cancellationToken), "Selection",
                "La sélection est arrêtée : les candidats retenus ont rejoint le groupe, et chaque candidat est prévenu par courriel.", cancellationToken)
            : Page();
    }

    protected override string DoneUrl => WorkingGroupPaths.Call(Id, CallId);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var call = await db.CallsForCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == CallId && c.WorkingGroupId == Id, cancellationToken);
        if (call is null || await queries.GroupAsync(Id, cancellationToken) is not { } group) return false;
        PersonId = await db.PersonIdOfAsync(User, cancellationToken);
        Mine = PersonId is { } personId
            ? await db.Candidacies.AsNoTracking().SingleOrDefaultAsync(c => c.CallForCandidatesId == CallId && c.PersonId == personId, cancellationToken)
            : null;
        Status = CallRules.StatusOn(call, Today);
        if (Status != CallStatus.Open && Mine is null && !await spaces.MayEnterAsync(User, group, cancellationToken)) return false;
        Call = call;
        Group = group;
        MaySelect = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded || await spaces.IsPresidentAsync(User, cancellationToken);
        Refusal = PersonId is { } id && Mine is null
            ? CallRules.RefuseApplication(call, Today, await GroupEligibility.HasCurrentMandateAsync(db, id, Today, cancellationToken), group.HasMember(id), false)
            : null;
        if (MaySelect)
            Candidacies = await db.Candidacies.AsNoTracking().Where(c => c.CallForCandidatesId == CallId).OrderBy(c => c.SubmittedAt)
                .Select(c => new CandidacyRow(c.Id, c.Person.GivenName + " " + c.Person.FamilyName, c.Motivation, c.SubmittedAt, c.Decision))
                .ToListAsync(cancellationToken);
        Candidacy ??= new CandidacyInput();
        return true;
    }
}
