using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// An attachment's download, under its contribution's address: the secretariat gets any; a member of the dossier's space
/// only one released with an accepted contribution of that dossier. Anyone else gets 404, as for a missing file.
/// Served as an attachment with its detected type (<see cref="FileDownload"/>).
/// </summary>
public static class ContributionDownloads
{
    public static void MapContributionDownloads(this WebApplication app)
    {
        app.MapGet("/espace/dossiers/{id:int}/contributions/{contributionId:int}/pieces-jointes/{attachmentId:int}",
                (int id, int contributionId, int attachmentId, HttpContext http, CancellationToken ct) => DownloadAsync(http, id, contributionId, attachmentId, ct))
            .RequireAuthorization(Policies.Workspace).ExcludeFromDescription();
        app.MapGet("/espace/contributions/{contributionId:int}/pieces-jointes/{attachmentId:int}",
                (int contributionId, int attachmentId, HttpContext http, CancellationToken ct) => DownloadAsync(http, null, contributionId, attachmentId, ct))
            .RequireAuthorization(Policies.Workspace).ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, int? dossierId, int contributionId, int attachmentId, CancellationToken ct)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<AppDb>();
        var file = await db.ContributionAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ContributionId == contributionId)
            .Join(db.Contributions, a => a.ContributionId, c => c.Id, (a, c) => new
            {
                a.StorageName, a.ContentType, a.FileName, a.IsHeld, c.DossierId, c.Status,
            })
            .SingleOrDefaultAsync(ct);
        if (file is null || (dossierId is not null && file.DossierId != dossierId)) return Results.NotFound();
        var secretariat = (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, Policies.Secretariat)).Succeeded;
        var shared = dossierId is { } dossier && file.Status == ContributionStatus.Accepted && !file.IsHeld
            && await services.GetRequiredService<DossierAccess>().MayEnterAsync(http.User, dossier, ct);
        if (!secretariat && !shared) return Results.NotFound();
        var kind = FileKind.All.FirstOrDefault(k => k.MimeType == file.ContentType);
        return kind is not null && FileDownload.Of(services.GetRequiredService<FileStore>(), file.StorageName, kind, file.FileName) is { } download
            ? download
            : Results.NotFound();
    }
}
