using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Idempotency;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Conseil.Web.Infrastructure.Search;

namespace Conseil.Web.Features.Composition.Api;

/// <summary>JSON API of the composition: public reads, secretariat writes. Documented at /openapi/v1.json.</summary>
public static class CompositionApi
{
    public static void MapCompositionApi(this WebApplication app)
    {
        var read = app.MapGroup("/api").WithTags(ApiDocument.Tags.Composition).AllowAnonymous();
        read.MapGet("/composition", async (CompositionQueries q, DateOnly? date, CancellationToken ct) =>
                TypedResults.Ok((await q.OnAsync(date ?? q.Today, ct)).ToDto()))
            .WithSummary("Composition du Haut Conseil à une date (aujourd'hui par défaut)");
        read.MapGet("/terms", async (AppDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Terms.AsNoTracking().OrderBy(t => t.StartDate).ToListAsync(ct)).Select(t => t.ToDto())))
            .WithSummary("Mandatures");
        read.MapGet("/organizations", async (AppDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Organisations.AsNoTracking().ToListAsync(ct)).OrderBy(o => o.Acronym, FrenchOrder.Instance).Select(o => o.ToDto())))
            .WithSummary("Organismes représentés");

        var write = app.MapGroup("/api").WithTags(ApiDocument.Tags.Composition).RequireAuthorization(Policies.Secretariat)
            .WithIdempotencyKeys();
        write.MapGet("/people", async (AppDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.People.AsNoTracking().OrderBy(p => p.SearchKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct)).Select(p => p.ToDto())))
            .WithSummary("Personnes, avec leurs coordonnées");
        write.MapPost("/people", async (PersonInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.SavePersonAsync(null, input, ct)).ToHttpResult(p => TypedResults.Created($"/api/people/{p.Id}", p.ToDto())))
            .WithSummary("Créer une personne");
        write.MapPut("/people/{id:int}", async (int id, PersonInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.SavePersonAsync(id, input, ct)).ToHttpResult(p => TypedResults.Ok(p.ToDto())))
            .WithSummary("Modifier une personne");
        write.MapPost("/organizations", async (OrganisationInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.SaveOrganisationAsync(null, input, ct)).ToHttpResult(o => TypedResults.Created($"/api/organizations/{o.Id}", o.ToDto())))
            .WithSummary("Créer un organisme");
        write.MapPost("/seats", async (SeatInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.AddSeatAsync(input, ct)).ToHttpResult(s => TypedResults.Created($"/api/seats/{s.Id}", new { s.Id, s.CollegeId, s.Number, s.Label })))
            .WithSummary("Ajouter un siège à un collège, dans la limite de son quota");
        write.MapPut("/colleges/{id:int}/quota", async (int id, QuotaInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.SetQuotaAsync(id, input, ct)).ToHttpResult(c => TypedResults.Ok(new { c.Id, c.Number, c.Quota })))
            .WithSummary("Changer le quota de sièges d'un collège");
        write.MapPost("/terms", async (TermInput input, CompositionEditor editor, CancellationToken ct) =>
                (await editor.SaveTermAsync(null, input, ct)).ToHttpResult(t => TypedResults.Created($"/api/terms/{t.Id}", t.ToDto())))
            .WithSummary("Créer une mandature");
        MapMandates(write);
        app.MapBodiesApi();
    }

    private static void MapMandates(RouteGroupBuilder write)
    {
        write.MapGet("/mandates/{id:int}", async (int id, AppDb db, CancellationToken ct) =>
                await db.Mandates.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is { } m
                    ? Results.Ok(m.ToDto()) : WriteResultEndpoints.NotFound())
            .WithSummary("Un mandat");
        write.MapPost("/mandates", async (MandateInput input, MandateService mandates, CancellationToken ct) =>
                (await mandates.SaveAsync(null, input, ct)).ToHttpResult(m => TypedResults.Created($"/api/mandates/{m.Id}", m.ToDto())))
            .WithSummary("Nommer une personne sur un siège");
        write.MapPut("/mandates/{id:int}", async (int id, MandateInput input, MandateService mandates, CancellationToken ct) =>
                (await mandates.SaveAsync(id, input, ct)).ToHttpResult(m => TypedResults.Ok(m.ToDto())))
            .WithSummary("Modifier un mandat (dates, statut, acte…)");
        write.MapDelete("/mandates/{id:int}", async (int id, AppDb db, CancellationToken ct) =>
            {
                var mandate = await db.Mandates.FindAsync([id], ct);
                if (mandate is null) return WriteResultEndpoints.NotFound();
                db.Mandates.Remove(mandate);
                await db.SaveChangesAsync(ct);
                return Results.NoContent();
            })
            .WithSummary("Supprimer un mandat saisi par erreur");
    }
}
