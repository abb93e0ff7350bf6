using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class UploadLimitsTests
{
    private static readonly FileStoreOptions Options = new() { MaxBytes = 1024 * 1024, FormOverheadBytes = 64 * 1024 };

    [Fact]
    public async Task A_body_announced_too_large_is_answered_413_before_it_is_read()
    {
        var (context, filter) = Filtered(contentLength: 2 * 1024 * 1024, files: 1);

        await filter.OnAuthorizationAsync(context);

        context.Result.ShouldBeOfType<EmptyResult>();
        context.HttpContext.Response.StatusCode.ShouldBe(413);
    }

    [Fact]
    public async Task A_body_within_the_limit_goes_on_with_the_server_limit_and_the_form_limit_set()
    {
        var (context, filter) = Filtered(contentLength: 2 * 1024 * 1024, files: 2);
        var body = new BodySize();
        context.HttpContext.Features.Set<IHttpMaxRequestBodySizeFeature>(body);

        await filter.OnAuthorizationAsync(context);

        context.Result.ShouldBeNull();
        body.MaxRequestBodySize.ShouldBe(2 * 1024 * 1024 + 64 * 1024);
        context.HttpContext.Features.Get<IFormFeature>().ShouldNotBeNull();
    }

    [Fact]
    public async Task An_endpoint_reading_its_own_form_gets_the_same_answer()
    {
        var http = new DefaultHttpContext { Request = { ContentLength = 5 * 1024 * 1024 } };
        (await UploadLimits.ApplyAsync(http, Options, files: 3)).ShouldBeFalse();
        http.Response.StatusCode.ShouldBe(413);
    }

    [Fact]
    public void The_refusal_is_in_French()
    {
        UploadLimits.Refusal(Options, 1).ShouldBe("L'envoi dépasse la taille maximale d'un fichier : 1 Mo.");
        UploadLimits.Refusal(Options, 3).ShouldBe("L'envoi dépasse la taille maximale : 3 fichiers de 1 Mo chacun.");
    }

    private static (AuthorizationFilterContext Context, IAsyncAuthorizationFilter Filter) Filtered(long contentLength, int files)
    {
        var services = new ServiceCollection().AddSingleton(Microsoft.Extensions.Options.Options.Create(Options)).BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services, Request = { Method = "POST", ContentLength = contentLength } };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var filter = (IAsyncAuthorizationFilter)new UploadLimitAttribute { Files = files }.CreateInstance(services);
        return (new AuthorizationFilterContext(action, [filter]), filter);
    }

    private sealed class BodySize : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;
        public long? MaxRequestBodySize { get; set; } = 30_000_000;
    }
}
