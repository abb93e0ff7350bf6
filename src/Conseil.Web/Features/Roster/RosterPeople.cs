using Conseil.Web.Data;
using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

/// <summary>
/// The people of an import: recognises those already known, plans the creation of the others, and plans the
/// changes a line brings to a known person's e-mail and gender. An empty cell says nothing (the public export
/// has neither column): it never erases what is known.
/// </summary>
internal sealed class RosterPeople(RosterReference reference, Action<RosterChange> change, Action<int, string> refuse)
{
    private sealed class Planned(Person person)
    {
        public Person Person { get; } = person;
        public string? Email { get; set; } = person.Email;
        public Gender Gender { get; set; } = person.Gender;
        public int? EmailLine { get; set; }
        public int? GenderLine { get; set; }
    }

    private readonly Dictionary<string, (Person Person, int Id)> created = [];
    private readonly Dictionary<int, Planned> known = [];

    /// <summary>The person a line is about, found or planned, with the changes the line brings to them.</summary>
    public (Person Person, int Id) Resolve(RosterLine line, int seatId, int termId)
    {
        var found = Find(line, seatId, termId);
        if (found is not null)
        {
            Update(Plan(found), line);
            return (found, found.Id);
        }
        var key = $"{RosterText.Key(line.FamilyName)}|{RosterText.Key(line.GivenName)}|{RosterText.Key(line.Email)}";
        if (created.TryGetValue(key, out var person)) return person;
        var newcomer = new Person { FamilyName = line.FamilyName, GivenName = line.GivenName, Gender = line.Gender, Email = line.Email };
        created[key] = (newcomer, -(created.Count + 1));
        change(new(line.LineNumber, RosterChangeKind.NewPerson, newcomer.FullName + (line.Email is null ? "" : $" ({line.Email})")));
        return created[key];
    }

    public void ApplyTo(AppDb db)
    {
        db.People.AddRange(created.Values.Select(p => p.Person));
        foreach (var planned in known.Values)
        {
            planned.Person.Email = planned.Email;
            planned.Person.Gender = planned.Gender;
        }
    }

    /// <summary>
    /// Same names (case and accents aside), then: the person with the line's e-mail (as known or as this file
    /// changes it), or else the one who already holds the line's mandate (their e-mail changed), or else one who
    /// has no e-mail yet. Without an e-mail on the line, the first with these names.
    /// </summary>
    private Person? Find(RosterLine line, int seatId, int termId)
    {
        var sameNames = reference.People.Where(p => RosterText.Key(p.FamilyName) == RosterText.Key(line.FamilyName) &&
                                                     RosterText.Key(p.GivenName) == RosterText.Key(line.GivenName)).ToList();
        if (line.Email is null) return sameNames.FirstOrDefault();
        var email = RosterText.Key(line.Email);
        return sameNames.FirstOrDefault(p => RosterText.Key(p.Email) == email || RosterText.Key(Plan(p).Email) == email) ??
               sameNames.FirstOrDefault(p => reference.Mandates.Any(m =>
                   m.PersonId == p.Id && m.SeatId == seatId && m.TermId == termId && m.Role == line.Role)) ??
               sameNames.FirstOrDefault(p => p.Email is null);
    }

    private Planned Plan(Person person) =>
        known.TryGetValue(person.Id, out var planned) ? planned : known[person.Id] = new Planned(person);

    private void Update(Planned planned, RosterLine line)
    {
        var differences = new List<string>();
        if (line.Email is not null && RosterText.Key(line.Email) != RosterText.Key(planned.Email))
        {
            if (planned.EmailLine is { } earlier) refuse(line.LineNumber, $"La ligne {earlier} donne déjà un autre courriel à {planned.Person.FullName}.");
            else differences.Add($"Courriel modifié : {planned.Email ?? "aucun"} → {line.Email}");
            planned.Email = line.Email;
            planned.EmailLine ??= line.LineNumber;
        }
        if (line.Gender != Gender.Unspecified && line.Gender != planned.Gender)
        {
            if (planned.GenderLine is { } earlier) refuse(line.LineNumber, $"La ligne {earlier} donne déjà un autre genre à {planned.Person.FullName}.");
            else differences.Add($"Genre modifié : {Label(planned.Gender)} → {Label(line.Gender)}");
            planned.Gender = line.Gender;
            planned.GenderLine ??= line.LineNumber;
        }
        if (differences.Count > 0)
            change(new(line.LineNumber, RosterChangeKind.UpdatedPerson, $"{planned.Person.FullName} — {string.Join(" ; ", differences)}"));
    }

    private static string Label(Gender gender) => CompositionLabels.Of(gender).ToLowerInvariant();
}
