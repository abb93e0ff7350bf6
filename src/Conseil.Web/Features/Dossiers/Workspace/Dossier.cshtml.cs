using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// One dossier on one page: its referral, its working groups and their members, and a timeline of its state moves,
/// hearings, accepted contributions and documents (the latest of each, with links to the full lists). The dossier's
/// space (<see cref="SpaceAccess"/>): its groups' members, the secretariat and the president; anyone else gets 404.
/// </summary>
public class DossierModel(DossierQueries queries, SpaceAccess spaces, IAuthorizationService authorization) : PageModel
{
    [FromRoute] public int Id { get; set; }

    public DossierPage Dossier { get; private set; } = null!;
    public bool IsSecretariat { get; private set; }
    public DateOnly Today => queries.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.HeaderAsync(Id, cancellationToken) is not { } found) return NotFound();
        var (header, groups) = found;
        if (!await spaces.MayEnterAsync(User, new PersonSpace(groups.SelectMany(g => g.Members).Select(m => m.PersonId)), cancellationToken))
            return NotFound();
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        Dossier = await queries.PageAsync(header, groups, cancellationToken);
        return Page();
    }

    /// <summary>An entry of the timeline: when, what kind of event, what it says, and where to read more.</summary>
    public sealed record Event(DateTime When, string Date, string Kind, string Title, string? Href, IReadOnlyList<string> Details);

    /// <summary>The moves, the latest hearings, contributions and documents, and the deadline still to come, the latest first.</summary>
    public IReadOnlyList<Event> Timeline()
    {
        var id = Dossier.Header.Id;
        var events = new List<Event>();
        foreach (var move in Dossier.Moves)
        {
            var title = move.From is null ? "Saisine reçue" : $"Passage à l'état « {DossierStates.Of(move.To)} »";
            var details = new List<string> { $"Enregistré par {move.ByName}" };
            if (move.Comment.Length > 0) details.Add(move.Comment);
            events.Add(new(move.On.ToDateTime(TimeOnly.MinValue).AddTicks(move.At.TimeOfDay.Ticks), FrenchDates.Day(move.On), "Changement d'état", title, null, details));
        }
        foreach (var hearing in Dossier.Hearings)
        {
            var heard = hearing.Participants.Select(p => p.Organisation.Length == 0 ? p.Name : $"{p.Name} ({p.Organisation})").ToList();
            var title = heard.Count == 0 ? "Audition" : "Audition " + French.Of(string.Join(", ", heard));
            var details = new List<string>();
            if (hearing.Place.Length > 0) details.Add(hearing.Place);
            events.Add(new(hearing.At, FrenchDates.Moment(hearing.At), DateOnly.FromDateTime(FrenchDates.ToParis(hearing.At)) > Today ? "Audition prévue" : "Audition",
                title, $"/espace/dossiers/{id}/auditions/{hearing.Id}", details));
        }
        foreach (var contribution in Dossier.Contributions)
        {
            var from = contribution.OrganisationName.Length == 0 ? ContributionLabels.Of(contribution.Kind) : $"{ContributionLabels.Of(contribution.Kind)} : {contribution.OrganisationName}";
            var details = new List<string> { from };
            if (contribution.Excerpt.Length > 0) details.Add(contribution.Excerpt.Length < 280 ? contribution.Excerpt : contribution.Excerpt.TrimEnd() + "…");
            events.Add(new(contribution.ReceivedAt, FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(contribution.ReceivedAt))), "Contribution",
                contribution.Title, $"/espace/dossiers/{id}/contributions/{contribution.Id}", details));
        }
        foreach (var document in Dossier.Documents)
        {
            var status = document.IsPublic ? "rendu public" : "document préparatoire, non communicable";
            var details = new List<string> { $"{DossierLabels.Of(document.Kind)}, {status}, {French.Count(document.Versions, "version", "versions")}" };
            events.Add(new(document.CreatedAt, FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(document.CreatedAt))), "Document",
                document.Title, $"/espace/dossiers/{id}/documents/{document.Id}", details));
        }
        if (Dossier.Header.Deadline is { } due && DossierStates.IsOpen(Dossier.Header.State))
            events.Add(new(due.ToDateTime(TimeOnly.MaxValue), FrenchDates.Day(due), "Échéance", "Remise attendue du livrable", null,
                [DossierDeadlines.Describe(due, Today)]));
        return [.. events.OrderByDescending(e => e.When)];
    }
}
