using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// The request limits of a form that uploads documents, from Files:MaxBytes: what
/// [RequestSizeLimit] and [RequestFormLimits] do with constants (Features/Roster/Import.cshtml.cs), read from
/// configuration. A body announced larger than the limit is refused with a 413 before a byte of it is read; one
/// sent without Content-Length is cut by the server at the limit; a file a little over Files:MaxBytes still
/// reaches <see cref="FileStore"/>, which refuses it with its own message.
/// </summary>
public static class UploadLimits
{
    /// <summary>For an endpoint that reads its form itself: call before <c>ReadFormAsync</c>; false when already answered 413.</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, FileStoreOptions options, int files = 1)
    {
        var limit = options.MaxBytes * files + options.FormOverheadBytes;
        if (context.Request.ContentLength > limit)
        {
            await ErrorResponses.Write(context, StatusCodes.Status413PayloadTooLarge, Refusal(options, files));
            return false;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        if (context.Features.Get<IFormFeature>()?.Form is null)
            context.Features.Set<IFormFeature>(new FormFeature(context.Request,
                new FormOptions { MultipartBodyLengthLimit = options.MaxBytes + options.FormOverheadBytes }));
        return true;
    }

    public static string Refusal(FileStoreOptions options, int files) => files == 1
        ? $"L'envoi dépasse la taille maximale d'un fichier : {UploadCheck.Size(options.MaxBytes)}."
        : $"L'envoi dépasse la taille maximale : {files} fichiers de {UploadCheck.Size(options.MaxBytes)} chacun.";
}

/// <summary>
/// On a PageModel (or controller) whose form uploads documents: <c>[UploadLimit]</c>, or
/// <c>[UploadLimit(Files = 3)]</c> for a form with several files. Runs with the authorization filters, before
/// model binding reads the body, like [RequestSizeLimit].
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public int Files { get; init; } = 1;

    // After the authorization policies: an anonymous caller gets its 401 or 403, not a word about sizes.
    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<FileStoreOptions>>().Value, Files);

    private sealed class Filter(FileStoreOptions options, int files) : IAsyncAuthorizationFilter, IRequestSizePolicy, IRequestFormLimitsPolicy
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            if (!await UploadLimits.ApplyAsync(context.HttpContext, options, files)) context.Result = new EmptyResult();
        }
    }
}
