namespace Conseil.Web.Infrastructure;

/// <summary>
/// Absolute addresses for links that leave the site (e-mails, the create-admin command): Conseil:SiteUrl when
/// set (production behind a proxy), else the address of the current request, else the first of Urls.
/// </summary>
public sealed class SiteLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Absolute(string pathAndQuery)
    {
        var site = configuration["Conseil:SiteUrl"];
        if (string.IsNullOrWhiteSpace(site) && http.HttpContext?.Request is { } request)
            site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        if (string.IsNullOrWhiteSpace(site))
            site = (configuration["Urls"] ?? "http://127.0.0.1:5000").Split(';')[0];
        return site.TrimEnd('/') + pathAndQuery;
    }
}
