using Conseil.Web.Data;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers;

public sealed record DashboardRow(int Id, string Name, ReferralKind Kind, DossierState State, DateOnly ReceivedOn, DateOnly? Deadline, string? Body);

/// <summary>How many dossiers are in a state, and how many of them are late or due within 30 days (open states only).</summary>
public sealed record StateCount(DossierState State, int Count, int Late, int Soon);

public sealed record Dashboard(IReadOnlyList<StateCount> States, IReadOnlyList<DashboardRow> Rows, int Matching, int Page, int Pages);

/// <summary>The dashboard's filter: a state's slug, "en-cours" (the default) or "tous"; an urgency, "retard" or "proche".</summary>
public sealed record DashboardFilter(string? State, string? Urgency, int Page)
{
    public const string Open = "en-cours", All = "tous", Late = "retard", Soon = "proche";
}

public sealed record DossierHeader(
    int Id, string Name, ReferralKind Kind, DossierState State, DateOnly ReceivedOn, DateOnly? Deadline, string? Body,
    int? AxisNumber, string? AxisName, string? ProgrammeName, string Summary, int? LetterDocumentId,
    int Hearings, int Contributions, int Documents);

public sealed record GroupMemberView(int PersonId, string Name, GroupRole Role);

public sealed record GroupView(int Id, string Name, string Mission, DateOnly StartDate, DateOnly EndDate, DateOnly? ClosedOn, IReadOnlyList<GroupMemberView> Members);

/// <summary>A line of the referral: a question, a theme or a referring ministry.</summary>
public sealed record ReferralLine(int Kind, int Number, string Text)
{
    public const int Question = 0, Theme = 1, Ministry = 2;
}

public sealed record MoveView(DossierState? From, DossierState To, DateOnly On, DateTime At, string ByName, string Comment);

public sealed record ParticipantView(string Name, string Role, string Organisation);

public sealed record HearingView(int Id, DateTime At, string Place, IReadOnlyList<ParticipantView> Participants);

public sealed record ContributionView(int Id, string Title, string OrganisationName, ContributorKind Kind, DateTime ReceivedAt, string Excerpt);

public sealed record DocumentView(int Id, string Title, DocumentKind Kind, bool IsPublic, DateTime CreatedAt, int Versions);

/// <summary>Everything the dossier page shows, each list read in one statement whatever its size (the latest ones, and a count).</summary>
public sealed record DossierPage(
    DossierHeader Header, IReadOnlyList<GroupView> Groups, IReadOnlyList<ReferralLine> Lines, IReadOnlyList<MoveView> Moves,
    IReadOnlyList<HearingView> Hearings, IReadOnlyList<ContributionView> Contributions, IReadOnlyList<DocumentView> Documents)
{
    public IEnumerable<string> Questions => Lines.Where(l => l.Kind == ReferralLine.Question).OrderBy(l => l.Number).Select(l => l.Text);
    public IEnumerable<string> Themes => Lines.Where(l => l.Kind == ReferralLine.Theme).OrderBy(l => l.Number).Select(l => l.Text);
    public IEnumerable<string> Ministries => Lines.Where(l => l.Kind == ReferralLine.Ministry).Select(l => l.Text).Order(Infrastructure.Search.FrenchOrder.Instance);
}

/// <summary>The reads of the dossiers: the secretariat's dashboard and the dossier page, in a constant number of statements.</summary>
public sealed class DossierQueries(AppDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>How many of each kind the dossier page shows, the latest first (the full lists are a click away).</summary>
    public const int Latest = 10;
    private const int MaxMoves = 100;
    private const int ExcerptLength = 280;

    public DateOnly Today => FrenchDates.Today(clock);

    /// <summary>Three statements: the counts by state, the matching count, and one page of dossiers sorted by deadline.</summary>
    public async Task<Dashboard> DashboardAsync(DashboardFilter filter, CancellationToken ct)
    {
        var today = Today;
        var soon = today.AddDays(DossierDeadlines.SoonDays);
        var counts = await db.Dossiers.AsNoTracking().GroupBy(d => d.State)
            .Select(g => new { g.Key, Count = g.Count(), Late = g.Count(d => d.Deadline < today), Soon = g.Count(d => d.Deadline >= today && d.Deadline <= soon) })
            .ToListAsync(ct);
        var states = Enum.GetValues<DossierState>()
            .Select(s => counts.SingleOrDefault(c => c.Key == s) is { } c
                ? new StateCount(s, c.Count, DossierStates.IsOpen(s) ? c.Late : 0, DossierStates.IsOpen(s) ? c.Soon : 0)
                : new StateCount(s, 0, 0, 0))
            .ToList();

        var query = db.Dossiers.AsNoTracking();
        var open = Enum.GetValues<DossierState>().Where(DossierStates.IsOpen).ToList();
        if (DossierStates.FromSlug(filter.State) is { } state) query = query.Where(d => d.State == state);
        else if (filter.State != DashboardFilter.All) query = query.Where(d => open.Contains(d.State));
        if (filter.Urgency == DashboardFilter.Late) query = query.Where(d => open.Contains(d.State) && d.Deadline < today);
        else if (filter.Urgency == DashboardFilter.Soon) query = query.Where(d => open.Contains(d.State) && d.Deadline >= today && d.Deadline <= soon);

        var matching = await query.CountAsync(ct);
        var pages = Math.Max(1, (matching + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await query
            .OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.ReceivedOn).ThenBy(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new DashboardRow(d.Id, d.Name, d.Kind, d.State, d.ReceivedOn, d.Deadline, d.Body == null ? null : d.Body.Name))
            .ToListAsync(ct);
        return new Dashboard(states, rows, matching, page, pages);
    }

    /// <summary>The dossier's header with its counts, or null; then its groups and their members (who may enter it).</summary>
    public async Task<(DossierHeader Header, IReadOnlyList<GroupView> Groups)?> HeaderAsync(int id, CancellationToken ct)
    {
        var header = await db.Dossiers.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DossierHeader(d.Id, d.Name, d.Kind, d.State, d.ReceivedOn, d.Deadline, d.Body == null ? null : d.Body.Name,
                d.Axis == null ? null : d.Axis.Number, d.Axis == null ? null : d.Axis.Name, d.Axis == null ? null : d.Axis.WorkProgramme.Name,
                d.Summary, d.LetterDocumentId,
                db.Hearings.Count(h => h.DossierId == d.Id),
                db.Contributions.Count(c => c.DossierId == d.Id && c.Status == ContributionStatus.Accepted),
                db.DossierDocuments.Count(x => x.DossierId == d.Id)))
            .SingleOrDefaultAsync(ct);
        if (header is null) return null;
        var groups = await db.WorkingGroups.AsNoTracking().Where(g => g.DossierId == id).OrderBy(g => g.StartDate).ThenBy(g => g.Id)
            .Select(g => new GroupView(g.Id, g.Name, g.Mission, g.StartDate, g.EndDate, g.ClosedOn,
                g.Members.Select(m => new GroupMemberView(m.PersonId, m.Person.GivenName + " " + m.Person.FamilyName, m.Role)).ToList()))
            .ToListAsync(ct);
        return (header, [.. groups.Select(g => g with { Members = [.. g.Members.OrderBy(m => m.Role).ThenBy(m => m.Name, Infrastructure.Search.FrenchOrder.Instance)] })]);
    }

    /// <summary>The rest of the page, five statements: the referral's lines, the moves, the latest hearings, accepted contributions and documents.</summary>
    public async Task<DossierPage> PageAsync(DossierHeader header, IReadOnlyList<GroupView> groups, CancellationToken ct)
    {
        var id = header.Id;
        // One statement (UNION ALL): the set operation needs the same anonymous shape on each side, mapped afterwards.
        var lines = (await db.DossierQuestions.Where(q => q.DossierId == id).Select(q => new { Kind = ReferralLine.Question, q.Number, q.Text })
            .Concat(db.DossierThemes.Where(t => t.DossierId == id).Select(t => new { Kind = ReferralLine.Theme, t.Number, Text = t.Name }))
            .Concat(db.DossierMinistries.Where(m => m.DossierId == id).Select(m => new { Kind = ReferralLine.Ministry, Number = 0, Text = m.Organisation.Name }))
            .ToListAsync(ct)).Select(l => new ReferralLine(l.Kind, l.Number, l.Text)).ToList();
        var moves = await db.DossierMoves.AsNoTracking().Where(m => m.DossierId == id)
            .OrderByDescending(m => m.On).ThenByDescending(m => m.At).ThenByDescending(m => m.Id).Take(MaxMoves)
            .Select(m => new MoveView(m.From, m.To, m.On, m.At, m.ByName, m.Comment)).ToListAsync(ct);
        var hearings = await db.Hearings.AsNoTracking().Where(h => h.DossierId == id).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(Latest)
            .Select(h => new HearingView(h.Id, h.At, h.Place,
                h.Participants.OrderBy(p => p.Id).Select(p => new ParticipantView(p.FullName, p.Role, p.Organisation)).ToList()))
            .ToListAsync(ct);
        // The group reads accepted contributions only, in their shared text (redacted when personal data was found).
        var contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.DossierId == id && c.Status == ContributionStatus.Accepted)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(Latest)
            .Select(c => new ContributionView(c.Id, c.Title, c.OrganisationName, c.ContributorKind, c.ReceivedAt,
                c.SharedText == null ? "" : c.SharedText.Substring(0, ExcerptLength)))
            .ToListAsync(ct);
        var documents = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == id)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(Latest)
            .Select(d => new DocumentView(d.Id, d.Title, d.Kind, d.IsPublic, d.CreatedAt, d.Versions.Count))
            .ToListAsync(ct);
        return new DossierPage(header, groups, lines, moves, hearings, contributions, documents);
    }
}
