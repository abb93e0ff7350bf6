using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Idempotency;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Api;

public sealed record BodyMemberDto(int Id, int PersonId, string Name, string Role, DateOnly StartDate, DateOnly? EndDate, int? RepresentedCollegeId);
public sealed record BodyRulesDto(int Id, string Slug, string Name, string Kind, int? MaxMembers, bool OnePerCollege, DeliberationDto Deliberation,
    IReadOnlyList<BodyMemberDto> Members);

public sealed record DeliberationDto(string Quorum, bool SecondConvocationWithoutQuorum, string Majority, int MaxProxiesHeld)
{
    public static DeliberationDto Of(Body b) => new(b.Quorum.ToString(), b.SecondConvocationWithoutQuorum, b.Majority.ToString(), b.MaxProxiesHeld);
}

/// <summary>The secretariat's API for the bodies' members and rules, enforcing <see cref="BodyRules"/> like the body page.</summary>
public static class BodiesApi
{
    public static void MapBodiesApi(this WebApplication app)
    {
        var write = app.MapGroup("/api").WithTags(ApiDocument.Tags.Bodies).RequireAuthorization(Policies.Secretariat)
            .WithIdempotencyKeys();
        write.MapGet("/bodies", async (AppDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Bodies.AsNoTracking().Include(b => b.Memberships).ThenInclude(m => m.Person)
                    .OrderBy(b => b.SortOrder).AsSplitQuery().ToListAsync(ct)).Select(ToDto)))
            .WithSummary("Instances, leurs règles de composition et leurs membres (actuels et anciens)");
        write.MapPost("/bodies/{id:int}/members", async (int id, MembershipInput input, BodyService bodies, CancellationToken ct) =>
                (await bodies.AddMemberAsync(id, input, ct)).ToHttpResult(m => TypedResults.Created($"/api/bodies/{id}/members/{m.Id}", ToDto(m))))
            .WithSummary("Ajouter un membre à une instance, dans le respect de ses règles (409 si l'instance est complète)");
        write.MapPut("/bodies/{id:int}/rules", async (int id, BodyRulesInput input, BodyService bodies, CancellationToken ct) =>
                (await bodies.SaveRulesAsync(id, input, ct)).ToHttpResult(b => TypedResults.Ok(new { b.Id, b.MaxMembers, b.OnePerCollege })))
            .WithSummary("Changer les règles de composition d'une instance (nombre maximal de membres, un représentant par collège)");
        write.MapPut("/bodies/{id:int}/deliberation", async (int id, DeliberationInput input, BodyService bodies, CancellationToken ct) =>
                (await bodies.SaveDeliberationAsync(id, input, ct)).ToHttpResult(b => TypedResults.Ok(DeliberationDto.Of(b))))
            .WithSummary("Changer les règles de délibération d'une instance (quorum, seconde convocation, majorité par défaut, procurations)");
    }

    private static BodyRulesDto ToDto(Body b) => new(b.Id, b.Slug, b.Name, b.Kind.ToString(), b.MaxMembers, b.OnePerCollege, DeliberationDto.Of(b),
        [.. b.Memberships.OrderBy(m => m.EndDate != null).ThenBy(m => m.StartDate).Select(ToDto)]);

    private static BodyMemberDto ToDto(BodyMembership m) =>
        new(m.Id, m.PersonId, m.Person.FullName, m.Role.ToString(), m.StartDate, m.EndDate, m.RepresentedCollegeId);
}
