using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// Downloads a version of a document: the dossier's space only (404 to anyone else, as for a missing file), always as
/// an attachment with the type its content was detected as (<see cref="FileDownload"/>), never displayed on the site's origin.
/// </summary>
public class DownloadModel(DossierRights rights, DocumentQueries queries, FileStore store) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int DocumentId { get; set; }
    [FromRoute] public int VersionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is null) return NotFound();
        if (await queries.VersionAsync(Id, DocumentId, VersionId, cancellationToken) is not { } version) return NotFound();
        if (FileKind.All.FirstOrDefault(k => k.MimeType == version.ContentType) is not { } kind) return NotFound();
        return FileDownload.Of(store, version.StorageName, kind, version.FileName) is { } download ? download : NotFound();
    }
}
