using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Conseil.Tests.Guards;

/// <summary>
/// What each Razor page of the application accepts, read by reflection from its compiled item and its PageModel:
/// its route, the names of its POST handlers ("" for OnPost) and the form names of its file fields.
/// </summary>
public static partial class PageHandlers
{
    public sealed record Page(string Route, Type Model, IReadOnlyList<string> PostHandlers, IReadOnlyList<string> FileFields);

    public static readonly IReadOnlyList<Page> All = Load();

    public static Page? ForRoute(string route) => All.SingleOrDefault(p => p.Route == route);

    private static List<Page> Load() => new RazorCompiledItemLoader().LoadItems(typeof(Program).Assembly)
        .Where(i => i.Kind == "mvc.1.0.razor-page")
        .Select(i => (Route: i.Metadata.OfType<RazorCompiledItemMetadataAttribute>().SingleOrDefault(m => m.Key == "RouteTemplate")?.Value,
            Model: i.Type.GetProperty("Model")?.PropertyType))
        .Where(p => p.Route is not null && p.Model is not null)
        .Select(p => new Page("/" + p.Route!.TrimStart('/'), p.Model!, PostHandlersOf(p.Model!), FileFieldsOf(p.Model!)))
        .ToList();

    private static List<string> PostHandlersOf(Type model) => model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Select(m => HandlerName().Match(m.Name))
        .Where(m => m.Success)
        .Select(m => m.Groups[1].Value)
        .Distinct().Order(StringComparer.Ordinal).ToList();

    // [BindProperty] IFormFile, or an IFormFile inside a bound input ("Input.Fichier"), or a handler's IFormFile parameter.
    private static List<string> FileFieldsOf(Type model)
    {
        var fields = new List<string>();
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<BindPropertyAttribute>() is not { } bind) continue;
            var name = bind.Name ?? property.Name;
            if (typeof(IFormFile).IsAssignableFrom(property.PropertyType)) fields.Add(name);
            else fields.AddRange(property.PropertyType.GetProperties()
                .Where(p => typeof(IFormFile).IsAssignableFrom(p.PropertyType)).Select(p => $"{name}.{p.Name}"));
        }
        fields.AddRange(model.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => HandlerName().IsMatch(m.Name))
            .SelectMany(m => m.GetParameters()).Where(p => typeof(IFormFile).IsAssignableFrom(p.ParameterType)).Select(p => p.Name!));
        return fields.Distinct().ToList();
    }

    [GeneratedRegex("^OnPost(\\w*?)(?:Async)?$")]
    private static partial Regex HandlerName();
}
