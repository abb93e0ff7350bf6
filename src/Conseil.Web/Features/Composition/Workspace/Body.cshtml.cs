using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>A body: its description and rule of composition, and its members (commissions, working groups…).</summary>
[Authorize(Policy = Policies.Secretariat)]
public class BodyModel(AppDb db, CompositionEditor editor, CompositionChoices choices, CompositionQueries composition) : MultiFormPage
{
    public BodyInput Input { get; set; } = new();
    public MembershipInput Member { get; set; } = new();
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<BodyMembership> Members { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Input = new BodyInput { Name = Body.Name, Description = Body.Description, CompositionRule = Body.CompositionRule };
        Member = new MembershipInput { StartDate = composition.Today };
        return Page();
    }

    public async Task<IActionResult> OnPostBodyAsync(CancellationToken cancellationToken)
    {
        (Input, var valid) = await BindFormAsync<BodyInput>(nameof(Input));
        return valid
            ? await DoneAsync(editor.SaveBodyAsync(Id, Input, cancellationToken), nameof(Input), "L'instance a été modifiée.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMemberAsync(CancellationToken cancellationToken)
    {
        (Member, var valid) = await BindFormAsync<MembershipInput>(nameof(Member));
        return valid
            ? await DoneAsync(editor.AddMemberAsync(Id, Member, cancellationToken), nameof(Member), "Le membre a été ajouté.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(int membershipId, CancellationToken cancellationToken) =>
        await DoneAsync(editor.EndMembershipAsync(Id, membershipId, composition.Today, cancellationToken), nameof(Member), "La participation a pris fin.", cancellationToken);

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Id, cancellationToken);
        if (body is null) return false;
        Body = body;
        Members = await db.BodyMemberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.BodyId == Id).OrderBy(m => m.EndDate != null).ThenBy(m => m.Person.FamilyName)
            .ToListAsync(cancellationToken);
        People = await choices.PeopleAsync(cancellationToken);
        return true;
    }
}
