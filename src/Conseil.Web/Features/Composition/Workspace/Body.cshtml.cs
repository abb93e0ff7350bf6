using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>A body: its description, its rules of composition, and its members (commissions, working groups…).</summary>
[Authorize(Policy = Policies.Secretariat)]
public class BodyModel(AppDb db, CompositionEditor editor, BodyService bodies, CompositionChoices choices, CompositionQueries composition)
    : MultiFormPage
{
    // Null until posted or loaded: a form that comes back with errors keeps what was typed, the others show the record.
    public BodyInput Input { get; set; } = null!;
    public BodyRulesInput Rules { get; set; } = null!;
    public DeliberationInput Deliberation { get; set; } = null!;
    public MembershipInput Member { get; set; } = null!;
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<BodyMembership> Members { get; private set; } = [];
    public int PlacesHeld { get; private set; }
    public List<SelectListItem> People { get; private set; } = [];
    public static List<SelectListItem> YesNo => [new("Non", bool.FalseString), new("Oui", bool.TrueString)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBodyAsync(CancellationToken cancellationToken)
    {
        (Input, var valid) = await BindFormAsync<BodyInput>(nameof(Input));
        return valid
            ? await DoneAsync(editor.SaveBodyAsync(Id, Input, cancellationToken), nameof(Input), "L'instance a été modifiée.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRulesAsync(CancellationToken cancellationToken)
    {
        (Rules, var valid) = await BindFormAsync<BodyRulesInput>(nameof(Rules));
        return valid
            ? await DoneAsync(bodies.SaveRulesAsync(Id, Rules, cancellationToken), nameof(Rules), "Les règles de composition ont été modifiées.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeliberationAsync(CancellationToken cancellationToken)
    {
        (Deliberation, var valid) = await BindFormAsync<DeliberationInput>(nameof(Deliberation));
        return valid
            ? await DoneAsync(bodies.SaveDeliberationAsync(Id, Deliberation, cancellationToken), nameof(Deliberation),
                "Les règles de délibération ont été modifiées.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMemberAsync(CancellationToken cancellationToken)
    {
        (Member, var valid) = await BindFormAsync<MembershipInput>(nameof(Member));
        return valid
            ? await DoneAsync(bodies.AddMemberAsync(Id, Member, cancellationToken), nameof(Member), "Le membre a été ajouté.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(int membershipId, CancellationToken cancellationToken) =>
        await DoneAsync(bodies.EndMembershipAsync(Id, membershipId, cancellationToken), nameof(Member), "La participation a pris fin.", cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Id, cancellationToken);
        if (body is null) return false;
        Body = body;
        Members = await db.BodyMemberships.AsNoTracking().Include(m => m.Person).Include(m => m.RepresentedCollege)
            .Where(m => m.BodyId == Id).OrderBy(m => m.EndDate != null).ThenBy(m => m.Person.SearchKey).ThenBy(m => m.Person.FamilyName)
            .ToListAsync(cancellationToken);
        PlacesHeld = Members.AsQueryable().Count(BodyMembership.HoldsPlaceOn(composition.Today));
        People = await choices.PeopleAsync(cancellationToken);
        Input ??= new BodyInput { Name = Body.Name, Description = Body.Description, CompositionRule = Body.CompositionRule };
        Rules ??= BodyRulesInput.From(Body);
        Deliberation ??= DeliberationInput.From(Body);
        Member ??= new MembershipInput { StartDate = composition.Today };
        return true;
    }
}
