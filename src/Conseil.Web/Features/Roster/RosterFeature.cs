using System.Text;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Roster;

/// <summary>Roster import (secretariat) and the public exports of the current composition.</summary>
public sealed class RosterFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        // Windows-1252, what French office software writes by default, is not built into .NET Core.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        builder.Services.AddScoped<RosterImport>();
        builder.Services.AddScoped<RosterExport>();
        builder.Services.AuthorizeFolder("/Roster", Policies.Secretariat);
        builder.Services.AddWorkspaceMenuEntry("Importer une liste", "/espace/composition/import", Policies.Secretariat);
    }

    public void Map(WebApplication app)
    {
        app.MapGet("/espace/composition/import/modele.csv", () => Results.File(
                Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RosterColumns.Template())).ToArray(),
                "text/csv; charset=utf-8", "modele-composition.csv"))
            .RequireAuthorization(Policies.Secretariat)
            .WithTags(ApiDocument.Tags.Roster)
            .WithName("RosterTemplate")
            .WithSummary("Modèle de fichier CSV pour importer la composition");

        var export = app.MapGroup("/composition").WithTags(ApiDocument.Tags.Roster).AllowAnonymous();
        export.MapGet("/export.csv", async (RosterExport rows, CancellationToken ct) =>
                Results.File(RosterCsvExport.Write(await rows.CurrentAsync(withVacantSeats: true, ct)), "text/csv; charset=utf-8", "composition.csv"))
            .WithName("CompositionCsv")
            .WithSummary("Composition en cours au format CSV (points-virgules, UTF-8), sièges vacants compris");
        export.MapGet("/export.xlsx", async (RosterExport rows, CancellationToken ct) =>
                Results.File(RosterXlsxExport.Write(await rows.CurrentAsync(withVacantSeats: true, ct)),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "composition.xlsx"))
            .WithName("CompositionXlsx")
            .WithSummary("Composition en cours au format tableur XLSX, sièges vacants compris");
        export.MapGet("/export.popolo.json", async (RosterExport rows, CancellationToken ct) =>
                Results.Json(RosterPopoloExport.Build(
                    await rows.CurrentAsync(withVacantSeats: false, ct), await rows.BodiesAsync(ct), await rows.CollegesAsync(ct)),
                    contentType: "application/json; charset=utf-8"))
            .WithName("CompositionPopolo")
            .WithSummary("Composition en cours au format Popolo (JSON)");
    }
}
