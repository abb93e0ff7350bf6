using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>The reads of the working groups' pages, each a projection in one statement.</summary>
public sealed class WorkingGroupQueries(AppDb db, TimeProvider clock)
{
    public DateOnly Today => FrenchDates.Today(clock);

    public sealed record GroupRow(
        int Id, string Name, int? DossierId, string? Dossier, string? Axis, DateOnly StartDate, DateOnly EndDate, DateOnly? ClosedOn,
        int Members, GroupRole? Role);

    /// <summary>Every group (secretariat, president) or the person's own, current ones first.</summary>
    public async Task<List<GroupRow>> ListAsync(bool all, int? personId, CancellationToken ct)
    {
        var groups = db.WorkingGroups.AsNoTracking();
        if (!all) groups = groups.Where(g => g.Members.Any(m => m.PersonId == personId));
        return await groups
            .OrderBy(g => g.ClosedOn != null).ThenByDescending(g => g.StartDate).ThenBy(g => g.Name)
            .Select(g => new GroupRow(g.Id, g.Name, g.DossierId, g.Dossier != null ? g.Dossier.Name : null, g.Axis != null ? g.Axis.Name : null,
                g.StartDate, g.EndDate, g.ClosedOn, g.Members.Count,
                g.Members.Where(m => m.PersonId == personId).Select(m => (GroupRole?)m.Role).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>The group with its members and their people: what <see cref="Accounts.SpaceAccess"/> needs, and the page shows.</summary>
    public async Task<WorkingGroup?> GroupAsync(int id, CancellationToken ct)
    {
        var group = await db.WorkingGroups.AsNoTracking()
            .Include(g => g.Members).ThenInclude(m => m.Person)
            .Include(g => g.Dossier).Include(g => g.Axis)
            .SingleOrDefaultAsync(g => g.Id == id, ct);
        // Roles are stored by name: sorted here in their own order (co-leads, rapporteur, members, experts).
        group?.Members = [.. group.Members.OrderBy(m => m.Role).ThenBy(m => m.Person.SortName, FrenchOrder.Instance)];
        return group;
    }

    public Task<int?> ExpertPanelIdAsync(CancellationToken ct) =>
        db.Bodies.Where(b => b.Slug == GroupEligibility.ExpertPanelSlug).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);

    /// <summary>Everyone a group may take, in three groups: council members (current mandate), the expert panel, other people.</summary>
    public async Task<List<SelectListItem>> PeopleChoicesAsync(CancellationToken ct)
    {
        var today = Today;
        var people = await db.People.AsNoTracking().OrderBy(p => p.SearchKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new
            {
                p.Id, p.FamilyName, p.GivenName,
                Member = db.Mandates.Any(m => m.PersonId == p.Id && m.Status == MandateStatus.Active && m.StartDate <= today && today <= m.EndDate),
                Expert = db.BodyMemberships.Any(b => b.PersonId == p.Id && b.Body.Slug == GroupEligibility.ExpertPanelSlug
                    && b.StartDate <= today && (b.EndDate == null || today < b.EndDate)),
            })
            .ToListAsync(ct);
        var members = new SelectListGroup { Name = "Membres du Haut Conseil (mandat en cours)" };
        var experts = new SelectListGroup { Name = "Panel d'experts" };
        var others = new SelectListGroup { Name = "Autres personnes (agents de l'administration…)" };
        return [.. people
            .Select(p => new SelectListItem($"{p.FamilyName} {p.GivenName}", p.Id.ToString()) { Group = p.Member ? members : p.Expert ? experts : others })
            .OrderBy(i => i.Group == members ? 0 : i.Group == experts ? 1 : 2)];
    }

    public sealed record ThreadRow(int Id, string Subject, DateTime CreatedAt, int Posts, DateTime? LastAt);

    public Task<List<ThreadRow>> ThreadsAsync(int groupId, CancellationToken ct) =>
        db.GroupThreads.AsNoTracking().Where(t => t.WorkingGroupId == groupId)
            .OrderByDescending(t => t.Posts.Max(p => (DateTime?)p.At) ?? t.CreatedAt)
            .Select(t => new ThreadRow(t.Id, t.Subject, t.CreatedAt, t.Posts.Count, t.Posts.Max(p => (DateTime?)p.At)))
            .ToListAsync(ct);

    public sealed record CallRow(int Id, DateOnly OpensOn, DateOnly ClosesOn, DateOnly? DecidedOn, int Candidacies)
    {
        public CallStatus StatusOn(DateOnly today) =>
            CallRules.StatusOn(new CallForCandidates { OpensOn = OpensOn, ClosesOn = ClosesOn, DecidedOn = DecidedOn }, today);
    }

    public Task<List<CallRow>> CallsAsync(int groupId, CancellationToken ct) =>
        db.CallsForCandidates.AsNoTracking().Where(c => c.WorkingGroupId == groupId)
            .OrderByDescending(c => c.OpensOn)
            .Select(c => new CallRow(c.Id, c.OpensOn, c.ClosesOn, c.DecidedOn, c.Candidacies.Count))
            .ToListAsync(ct);

    public sealed record Link(string Text, string Href, string? Detail);

    /// <summary>The documents, hearings and shared contributions of the group's dossier, as links to the dossier's pages.</summary>
    public sealed record DossierLinks(LinkList Documents, LinkList Hearings, LinkList Contributions);

    /// <summary>Links, and what to say when there are none.</summary>
    public sealed record LinkList(IReadOnlyList<Link> Links, string Empty);

    public async Task<DossierLinks> DossierLinksAsync(int dossierId, CancellationToken ct)
    {
        var path = WorkingGroupPaths.Dossier(dossierId);
        var documents = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossierId)
            .OrderByDescending(d => d.CreatedAt).Select(d => new { d.Id, d.Title, d.CreatedAt }).ToListAsync(ct);
        var hearings = await db.Hearings.AsNoTracking().Where(h => h.DossierId == dossierId)
            .OrderBy(h => h.At).Select(h => new { h.Id, h.At, h.Place, Count = h.Participants.Count }).ToListAsync(ct);
        // Only what the secretariat shared with the group: neither one waiting for moderation nor one held back.
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.DossierId == dossierId && c.Status == ContributionStatus.Accepted)
            .OrderByDescending(c => c.ReceivedAt).Select(c => new { c.Id, c.Title, c.OrganisationName }).ToListAsync(ct);
        return new(
            new([.. documents.Select(d => new Link(d.Title, $"{path}/documents/{d.Id}", $"ajouté le {FrenchDates.Moment(d.CreatedAt)}"))],
                "Aucun document pour l'instant."),
            new([.. hearings.Select(h => new Link($"Audition du {FrenchDates.Moment(h.At)}", $"{path}/auditions/{h.Id}",
                string.Join(" — ", new[] { h.Place, French.Count(h.Count, "personne entendue", "personnes entendues") }.Where(s => s.Length > 0))))],
                "Aucune audition programmée."),
            new([.. contributions.Select(c => new Link(c.Title, $"{path}/contributions/{c.Id}", c.OrganisationName.Length > 0 ? c.OrganisationName : null))],
                "Aucune contribution partagée avec le groupe."));
    }

    public sealed record OpenCall(int Id, int GroupId, string Group, DateOnly ClosesOn, bool Applied);

    public sealed record MemberHome(IReadOnlyList<GroupRow> Groups, IReadOnlyList<OpenCall> Calls);

    /// <summary>
    /// The workspace home's card, in two statements from the account: the person's current groups, and the calls open
    /// today to other groups if they hold a current mandate. Staff accounts, tied to no person, get nothing.
    /// </summary>
    public async Task<MemberHome> HomeAsync(string userId, CancellationToken ct)
    {
        var today = Today;
        var person = db.Users.Where(u => u.Id == userId && u.PersonId != null).Select(u => u.PersonId!.Value);
        var groups = await db.GroupMembers.Where(m => person.Contains(m.PersonId) && m.WorkingGroup.ClosedOn == null)
            .Select(m => new
            {
                m.WorkingGroupId, m.WorkingGroup.Name, Dossier = m.WorkingGroup.Dossier != null ? m.WorkingGroup.Dossier.Name : null,
                m.Role, m.WorkingGroup.EndDate,
            })
            .AsNoTracking().ToListAsync(ct);
        // A second statement, not a UNION: PostgreSQL cannot unite the role's stored name with a constant.
        var calls = await db.CallsForCandidates
            .Where(c => c.DecidedOn == null && c.OpensOn <= today && today <= c.ClosesOn && c.WorkingGroup.ClosedOn == null
                && !c.WorkingGroup.Members.Any(m => person.Contains(m.PersonId))
                && db.Mandates.Any(m => person.Contains(m.PersonId) && m.Status == MandateStatus.Active && m.StartDate <= today && today <= m.EndDate))
            .Select(c => new OpenCall(c.Id, c.WorkingGroupId, c.WorkingGroup.Name, c.ClosesOn, c.Candidacies.Any(x => person.Contains(x.PersonId))))
            .AsNoTracking().ToListAsync(ct);
        return new(
            [.. groups.OrderBy(g => g.Name, FrenchOrder.Instance)
                .Select(g => new GroupRow(g.WorkingGroupId, g.Name, null, g.Dossier, null, default, g.EndDate, null, 0, g.Role))],
            [.. calls.OrderBy(c => c.ClosesOn)]);
    }
}
