using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>A page of one meeting: entered through <see cref="MeetingRights"/> (404 outside), its writes the secretariat's only.</summary>
public abstract class MeetingPage(MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public MeetingSpace Space { get; private set; } = null!;

    /// <summary>Set by <see cref="LoadAsync"/> when the object the page shows within the meeting (an agenda item) is not there: 404.</summary>
    protected bool ObjectMissing { get; set; }

    /// <summary>The page's own reads once the meeting is entered.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    /// <summary>Enters the meeting and reads the page: null when it may go on, else 404.</summary>
    protected async Task<IActionResult?> EnterAsync(CancellationToken ct)
    {
        if (await rights.EnterAsync(User, Id, ct) is not { } space) return NotFound();
        Space = space;
        await LoadAsync(ct);
        return ObjectMissing ? NotFound() : null;
    }

    /// <summary>
    /// A secretariat's write: on success back to <paramref name="done"/> with the message, else the page with its errors.
    /// The page's other forms post nothing of theirs: only the fields under <paramref name="prefix"/> are validated.
    /// </summary>
    protected Task<IActionResult> WriteAsync<T>(string prefix, Func<MeetingSpace, Task<WriteResult<T>>> write, string message,
        Func<T, string> done, CancellationToken ct) => WriteAsync(prefix, write, message, done, secretariatOnly: true, ct);

    /// <summary>A write of whoever enters the meeting (a member's ballot): the service says whether it is theirs to make.</summary>
    protected Task<IActionResult> MemberWriteAsync<T>(string prefix, Func<MeetingSpace, Task<WriteResult<T>>> write, string message,
        Func<T, string> done, CancellationToken ct) => WriteAsync(prefix, write, message, done, secretariatOnly: false, ct);

    private async Task<IActionResult> WriteAsync<T>(string prefix, Func<MeetingSpace, Task<WriteResult<T>>> write, string message,
        Func<T, string> done, bool secretariatOnly, CancellationToken ct)
    {
        // The page's reads wait until the write has failed: a write that succeeds redirects.
        if (await rights.EnterAsync(User, Id, ct) is not { } space) return NotFound();
        Space = space;
        if (secretariatOnly && !Space.IsSecretariat) return Forbid();
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            var result = await write(Space);
            if (result.Status == WriteStatus.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData["Success"] = message;
                return LocalRedirect(done(result.Value!));
            }
            ModelState.AddErrors(result, prefix);
        }
        await LoadAsync(ct);
        return ObjectMissing ? NotFound() : Page();
    }
}
