using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Forms;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>A discussion thread of a group's space: its messages in order, and a form to answer. Outsiders get 404.</summary>
public class ThreadModel(AppDb db, WorkingGroupQueries queries, GroupThreads threads, SpaceAccess spaces) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int ThreadId { get; set; }
    [BindProperty] public PostInput Input { get; set; } = new();
    public WorkingGroup Group { get; private set; } = null!;
    public GroupThread Thread { get; private set; } = null!;

    public sealed record PostRow(int Id, string Author, string Text, DateTime At);
    public IReadOnlyList<PostRow> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!TextGuard.Check(ModelState) || !ModelState.IsValid) return Page();
        var result = await threads.PostAsync(Id, ThreadId, await db.PersonIdOfAsync(User, cancellationToken), Input, cancellationToken);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Value is { } post)
        {
            TempData["Success"] = "Votre message a été publié.";
            return Redirect($"{WorkingGroupPaths.Thread(Id, ThreadId)}#message-{post.Id}");
        }
        ModelState.AddErrors(result, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await queries.GroupAsync(Id, cancellationToken) is not { } group || !await spaces.MayEnterAsync(User, group, cancellationToken)) return false;
        if (await db.GroupThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ThreadId && t.WorkingGroupId == Id, cancellationToken) is not { } thread)
            return false;
        Group = group;
        Thread = thread;
        Posts = await db.GroupPosts.AsNoTracking().Where(p => p.GroupThreadId == ThreadId).OrderBy(p => p.At).ThenBy(p => p.Id)
            .Select(p => new PostRow(p.Id, p.Person.GivenName + " " + p.Person.FamilyName, p.Text, p.At))
            .ToListAsync(cancellationToken);
        return true;
    }
}
