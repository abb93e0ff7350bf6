using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// Serves a stored document, always as an attachment (never rendered by the browser on the site's origin), with
/// the MIME type its content was detected as, never one a client sent. Returned by an endpoint (IResult) or by a
/// page handler (IActionResult) alike. X-Content-Type-Options: nosniff is set again here even though
/// <see cref="SecurityHeaders"/> adds it to every response, so the result stays safe wherever it is executed.
/// </summary>
public sealed class FileDownload(Stream content, FileKind kind, string fileName) : IResult, IActionResult
{
    /// <summary>The download of a stored file, or null when its bytes are gone (answer 404).</summary>
    public static FileDownload? Of(FileStore store, StoredFile file) => Of(store, file.StorageName, file.Kind, file.DownloadName);

    public static FileDownload? Of(FileStore store, string storageName, FileKind kind, string fileName) =>
        store.OpenRead(storageName) is { } content ? new FileDownload(content, kind, FileNames.ForDownload(fileName, kind)) : null;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var body = content;
        var response = httpContext.Response;
        response.ContentType = kind.MimeType;
        if (body.CanSeek) response.ContentLength = body.Length - body.Position;
        response.Headers.ContentDisposition = ContentDisposition.Attachment(fileName);
        response.Headers.XContentTypeOptions = "nosniff";
        // Documents may concern people: no shared cache keeps them, no browser cache either.
        response.Headers.CacheControl = "private, no-store";
        if (HttpMethods.IsHead(httpContext.Request.Method)) return;
        await body.CopyToAsync(response.Body, httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
