using Conseil.Tests.Features.Composition;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;

namespace Conseil.Tests.Features.Meetings;

/// <summary>Test data of meetings, written straight to the database (no rules checked).</summary>
public static class MeetingBuilders
{
    /// <summary>A commission of <paramref name="count"/> members (« Membre 1 »…), and a planned meeting of it with two agenda items.</summary>
    public static async Task<(Meeting Meeting, List<Person> Members)> AddCommissionMeetingAsync(this AppDb db, string name, int count,
        DateTime startsAt)
    {
        var body = new Body { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Kind = BodyKind.StandingCommission };
        var members = Enumerable.Range(1, count).Select(i => CompositionBuilders.Person("Membre", $"{name} {i}")).ToList();
        db.BodyMemberships.AddRange(members.Select(p => new BodyMembership { Body = body, Person = p, StartDate = new DateOnly(2026, 1, 1) }));
        var meeting = new Meeting
        {
            Body = body, StartsAt = startsAt, EndsAt = startsAt.AddHours(3), Place = "Salle Laroque", Mode = MeetingMode.InPerson,
            Items =
            [
                new AgendaItem { Number = 1, Title = "Approbation du procès-verbal", Kind = AgendaItemKind.Vote },
                new AgendaItem { Number = 2, Title = "Point d'étape", Kind = AgendaItemKind.Information },
            ],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return (meeting, members);
    }

    /// <summary>
    /// A later meeting of the same body, held, whose item approving the minutes was put to the vote and closed with
    /// the <paramref name="outcome"/>: the vote that approves (or fails to approve) a procès-verbal.
    /// </summary>
    public static async Task<int> AddApprovalVoteAsync(this AppDb db, Meeting earlier, Outcome outcome, int daysLater = 14)
    {
        var item = new AgendaItem { Number = 1, Title = "Approbation du procès-verbal de la séance précédente", Kind = AgendaItemKind.Vote };
        db.Meetings.Add(new Meeting
        {
            BodyId = earlier.BodyId, StartsAt = earlier.StartsAt.AddDays(daysLater), EndsAt = earlier.EndsAt.AddDays(daysLater),
            Place = "Salle Laroque", Mode = MeetingMode.InPerson, Status = MeetingStatus.Held, Items = [item],
        });
        await db.SaveChangesAsync();
        db.Votes.Add(new Vote
        {
            AgendaItemId = item.Id, Method = VoteMethod.ShowOfHands, Status = VoteStatus.Closed, Outcome = outcome, Entitled = 4,
            For = outcome == Outcome.Adopted ? 4 : 0, Against = outcome == Outcome.Adopted ? 0 : 4, Required = 3,
        });
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>The attendance sheet's fields: one row per member, in order, with their presence and proxy holder.</summary>
    public static Dictionary<string, string> Sheet(params (Person Person, string Presence, Person? Holder)[] rows)
    {
        var form = new Dictionary<string, string>();
        for (var i = 0; i < rows.Length; i++)
        {
            form[$"Sheet.Rows[{i}].PersonId"] = rows[i].Person.Id.ToString();
            form[$"Sheet.Rows[{i}].Presence"] = rows[i].Presence;
            form[$"Sheet.Rows[{i}].ProxyHolderId"] = rows[i].Holder?.Id.ToString() ?? "";
        }
        return form;
    }
}
