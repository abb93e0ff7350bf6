using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Api;

public sealed record DossierSummaryDto(
    int Id, string Name, string Kind, string State, string StateLabel, DateOnly ReceivedOn, DateOnly? Deadline, string? Body, bool Late, bool DueSoon);

public sealed record NumberedDto(int Number, string Text);

public sealed record MoveDto(string? From, string To, DateOnly On, string ByName, string Comment);

public sealed record GroupMemberDto(int PersonId, string Name, string Role);

public sealed record GroupDto(int Id, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly? ClosedOn, IReadOnlyList<GroupMemberDto> Members);

public sealed record DossierDto(
    int Id, string Name, string Kind, string State, string StateLabel, DateOnly ReceivedOn, DateOnly? Deadline, string? Body, string? Axis,
    string Summary, IReadOnlyList<string> Ministries, IReadOnlyList<NumberedDto> Questions, IReadOnlyList<NumberedDto> Themes,
    IReadOnlyList<MoveDto> Moves, IReadOnlyList<GroupDto> Groups, int Hearings, int AcceptedContributions, int Documents);

/// <summary>
/// The dossiers' API: the list for the secretariat, one dossier for whoever may enter its space (404 for anyone else,
/// as for a dossier that does not exist). No document is listed: preparatory documents never leave the dossier's pages.
/// </summary>
public static class DossiersApi
{
    public static void MapDossiersApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags(ApiDocument.Tags.Dossiers);
        api.MapGet("/dossiers", async (string? state, AppDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var query = db.Dossiers.AsNoTracking();
                if (!string.IsNullOrEmpty(state))
                {
                    if (!Enum.TryParse<DossierState>(state, ignoreCase: false, out var wanted) || !Enum.IsDefined(wanted))
                        return WriteResultEndpoints.Invalid([new("state", $"L'état « {state} » n'existe pas ; les états sont : {string.Join(", ", Enum.GetNames<DossierState>())}.")]);
                    query = query.Where(d => d.State == wanted);
                }
                var today = FrenchDates.Today(clock);
                var rows = await query.OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.Id)
                    .Select(d => new { d.Id, d.Name, d.Kind, d.State, d.ReceivedOn, d.Deadline, Body = d.Body == null ? null : d.Body.Name })
                    .ToListAsync(ct);
                return TypedResults.Ok(rows.Select(d =>
                {
                    var urgency = DossierDeadlines.Of(d.State, d.Deadline, today);
                    return new DossierSummaryDto(d.Id, d.Name, d.Kind.ToString(), d.State.ToString(), DossierStates.Of(d.State), d.ReceivedOn, d.Deadline,
                        d.Body, urgency == DeadlineUrgency.Late, urgency == DeadlineUrgency.Soon);
                }));
            })
            .RequireAuthorization(Policies.Secretariat)
            .WithSummary("Tous les dossiers, par échéance, avec leur état et leur retard éventuel (secrétariat)");

        api.MapGet("/dossiers/{id:int}", async (int id, DossierQueries queries, SpaceAccess spaces, HttpContext http, CancellationToken ct) =>
            {
                if (await queries.HeaderAsync(id, ct) is not { } found) return WriteResultEndpoints.NotFound();
                var (header, groups) = found;
                if (!await spaces.MayEnterAsync(http.User, new PersonSpace(groups.SelectMany(g => g.Members).Select(m => m.PersonId)), ct))
                    return WriteResultEndpoints.NotFound();
                var page = await queries.PageAsync(header, groups, ct);
                return TypedResults.Ok(ToDto(page));
            })
            .RequireAuthorization(Policies.Workspace)
            .WithSummary("Un dossier : sa saisine, ses groupes de travail, ses changements d'état (membres de ses groupes, secrétariat, présidence)");
    }

    private static DossierDto ToDto(DossierPage page)
    {
        var h = page.Header;
        return new DossierDto(h.Id, h.Name, h.Kind.ToString(), h.State.ToString(), DossierStates.Of(h.State), h.ReceivedOn, h.Deadline, h.Body,
            h.AxisNumber is { } n ? $"{h.ProgrammeName}, axe {n} : {h.AxisName}" : null, h.Summary, [.. page.Ministries],
            [.. page.Lines.Where(l => l.Kind == ReferralLine.Question).OrderBy(l => l.Number).Select(l => new NumberedDto(l.Number, l.Text))],
            [.. page.Lines.Where(l => l.Kind == ReferralLine.Theme).OrderBy(l => l.Number).Select(l => new NumberedDto(l.Number, l.Text))],
            [.. page.Moves.OrderBy(m => m.On).ThenBy(m => m.At).Select(m => new MoveDto(m.From?.ToString(), m.To.ToString(), m.On, m.ByName, m.Comment))],
            [.. page.Groups.Select(g => new GroupDto(g.Id, g.Name, g.StartDate, g.EndDate, g.ClosedOn,
                [.. g.Members.Select(m => new GroupMemberDto(m.PersonId, m.Name, WorkingGroupLabels.Of(m.Role)))]))],
            h.Hearings, h.Contributions, h.Documents);
    }
}
