using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The request limit of the public form, from the contributions' own attachment size (Contributions:MaxAttachmentBytes,
/// smaller than a document's): three attachments and the fields. An announced larger body is refused with a 413 before
/// a byte of it is read (<see cref="UploadLimits"/>); each file is then measured again as it is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ContributionUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider)
    {
        var files = serviceProvider.GetRequiredService<IOptions<FileStoreOptions>>().Value;
        var contributions = serviceProvider.GetRequiredService<IOptions<ContributionOptions>>().Value;
        return new Filter(new FileStoreOptions { MaxBytes = contributions.MaxAttachmentBytes, FormOverheadBytes = files.FormOverheadBytes });
    }

    private sealed class Filter(FileStoreOptions limits) : IAsyncAuthorizationFilter, IRequestSizePolicy, IRequestFormLimitsPolicy
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            if (!await UploadLimits.ApplyAsync(context.HttpContext, limits, ContributionOptions.MaxAttachments)) context.Result = new EmptyResult();
        }
    }
}
