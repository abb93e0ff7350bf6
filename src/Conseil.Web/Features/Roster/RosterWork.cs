using Conseil.Web.Data;
using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

/// <summary>
/// Works out, line by line, what an import changes, then checks the mandate rules against the composition
/// as it would be afterwards (the database plus every line of the file), so lines are checked against each other.
/// </summary>
internal sealed class RosterWork
{
    private sealed record Planned(RosterLine Line, Seat Seat, College College, Term Term, Person Person, int PersonId,
        int? OrganisationId, Mandate? Existing, int CandidateId);

    private readonly RosterReference? reference;
    private readonly string? fileError;
    private readonly List<RosterChange> changes = [];
    private readonly List<RosterError> errors = [];
    private readonly List<Planned> planned = [];
    private readonly RosterPeople? people;
    private readonly Dictionary<(int, int, MandateRole, int), int> lineOfMandate = [];
    // Existing mandates keyed by id; new ones get negative ids that cannot collide with the database's.
    private readonly Dictionary<int, Mandate> after = [];

    public RosterWork(string fileError) => this.fileError = fileError;

    public RosterWork(RosterReference reference)
    {
        this.reference = reference;
        people = new RosterPeople(reference, changes.Add, (line, reason) => Refuse(line, [reason]));
        foreach (var m in reference.Mandates) after[m.Id] = Shadow(m.Id, m.SeatId, m.PersonId, m.TermId, m.Role, m.StartDate, m.EndDate);
    }

    public RosterPlan Plan => fileError is not null
        ? RosterPlan.Refused(fileError)
        : new([.. changes.OrderBy(c => c.LineNumber)], [.. errors.OrderBy(e => e.LineNumber)], null);

    public void Add(RosterRow row)
    {
        var (line, problems) = RosterLine.Parse(row);
        if (line is null) { Refuse(row.LineNumber, problems); return; }
        var reasons = new List<string>();
        var college = reference!.College(line.CollegeNumber);
        var seat = college is null ? null : reference.Seat(college, line.SeatNumber);
        if (college is null) reasons.Add($"Collège inconnu : {line.CollegeNumber}.");
        else if (seat is null) reasons.Add($"Siège inconnu : le collège {line.CollegeNumber} n'a pas de siège n° {line.SeatNumber}.");
        var organisation = line.OrganisationAcronym is null ? null : reference.Organisation(line.OrganisationAcronym);
        if (line.OrganisationAcronym is not null && organisation is null) reasons.Add($"Organisme inconnu : {line.OrganisationAcronym}");
        var term = reference.Term(line.TermName);
        if (term is null) reasons.Add($"Mandature inconnue : {line.TermName}");
        if (reasons.Count > 0 || college is null || seat is null || term is null) { Refuse(line.LineNumber, reasons); return; }

        var (person, personId) = people!.Resolve(line, seat.Id, term.Id);
        if (lineOfMandate.TryGetValue((seat.Id, personId, line.Role, term.Id), out var earlier))
        {
            Refuse(line.LineNumber, [$"Cette ligne reprend le même mandat que la ligne {earlier}."]);
            return;
        }
        lineOfMandate[(seat.Id, personId, line.Role, term.Id)] = line.LineNumber;
        // A seat tied to the organisation needs no organisation on the mandate: keeps re-imports of exports idempotent.
        int? organisationId = organisation is null || organisation.Id == seat.OrganisationId ? null : organisation.Id;
        var existing = reference.Mandates.FirstOrDefault(m =>
            m.SeatId == seat.Id && m.PersonId == personId && m.Role == line.Role && m.TermId == term.Id);
        var what = $"Collège {college.Number}, {seat.Label} : {MandateRules.RoleLabel(line.Role)} {person.FullName} ({term.Name})";
        if (existing is null)
        {
            changes.Add(new(line.LineNumber, RosterChangeKind.NewMandate, $"{what}, du {RosterText.FormatDate(line.StartDate)} au {RosterText.FormatDate(line.EndDate)}"));
        }
        else
        {
            var differences = RosterDifferences.Of(existing, line, organisationId, reference.Organisations);
            if (differences.Count == 0) return;
            changes.Add(new(line.LineNumber, RosterChangeKind.UpdatedMandate, $"{what} — {string.Join(" ; ", differences)}"));
        }
        var candidateId = existing?.Id ?? -line.LineNumber;
        after[candidateId] = Shadow(candidateId, seat.Id, personId, term.Id, line.Role, line.StartDate, line.EndDate);
        planned.Add(new(line, seat, college, term, person, personId, organisationId, existing, candidateId));
    }

    public void CheckRules()
    {
        var collegeOfSeat = reference!.Seats.ToDictionary(s => s.Id, s => s.CollegeId);
        foreach (var p in planned)
        {
            var candidate = new MandateRules.Candidate(p.CandidateId, p.Seat.Id, p.PersonId, p.Term.Id, p.Line.Role, p.Line.StartDate, p.Line.EndDate);
            var violations = MandateRules.Check(candidate, p.College, p.Term,
                after.Values.Where(m => m.SeatId == p.Seat.Id),
                after.Values.Where(m => m.PersonId == p.PersonId && collegeOfSeat[m.SeatId] == p.College.Id));
            Refuse(p.Line.LineNumber, violations.Select(v => v.Message));
        }
    }

    public void ApplyTo(AppDb db)
    {
        people!.ApplyTo(db);
        foreach (var p in planned)
        {
            var mandate = p.Existing ?? db.Mandates.Add(new Mandate { SeatId = p.Seat.Id, Person = p.Person, TermId = p.Term.Id, Role = p.Line.Role }).Entity;
            mandate.StartDate = p.Line.StartDate;
            mandate.EndDate = p.Line.EndDate;
            mandate.Status = p.Line.Status;
            mandate.AppointingAct = p.Line.AppointingAct;
            mandate.OrganisationId = p.OrganisationId;
        }
    }

    private void Refuse(int lineNumber, IEnumerable<string> reasons) =>
        errors.AddRange(reasons.Select(r => new RosterError(lineNumber, r)));

    private static Mandate Shadow(int id, int seatId, int personId, int termId, MandateRole role, DateOnly start, DateOnly end) =>
        new() { Id = id, SeatId = seatId, PersonId = personId, TermId = termId, Role = role, StartDate = start, EndDate = end };
}
