using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// Downloads a document of the meeting pack: whoever enters the meeting (<see cref="MeetingRights"/>), for a version
/// joined to one of its items; 404 otherwise, as for a missing file. Always an attachment (<see cref="FileDownload"/>).
/// </summary>
public class PackDownloadModel(MeetingRights rights, AppDb db, FileStore store) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int VersionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await rights.EnterAsync(User, Id, ct) is null) return NotFound();
        var version = await db.Set<PackDocument>().AsNoTracking()
            .Where(p => p.DocumentVersionId == VersionId && p.AgendaItem.MeetingId == Id)
            .Select(p => new { p.DocumentVersion.StorageName, p.DocumentVersion.ContentType, p.DocumentVersion.FileName })
            .FirstOrDefaultAsync(ct);
        if (version is null || FileKind.All.FirstOrDefault(k => k.MimeType == version.ContentType) is not { } kind) return NotFound();
        return FileDownload.Of(store, version.StorageName, kind, version.FileName) is { } download ? download : NotFound();
    }
}
