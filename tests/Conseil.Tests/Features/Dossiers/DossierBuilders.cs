using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>Test data of referrals, written straight to the database (no rules checked), and the fields of the referral form.</summary>
public static class DossierBuilders
{
    /// <summary>A dossier in the state, received on the day, due on the deadline, with its first move and one question.</summary>
    public static async Task<Dossier> AddDossierAsync(this AppDb db, string name, DossierState state, DateOnly? deadline,
        DateOnly? receivedOn = null, ReferralKind kind = ReferralKind.Ministerial)
    {
        var received = receivedOn ?? new DateOnly(2026, 1, 5);
        var dossier = new Dossier
        {
            Name = name, Kind = kind, State = state, ReceivedOn = received, Deadline = deadline,
            Questions = [new DossierQuestion { Number = 1, Text = $"Question de « {name} »" }],
            Moves = [new DossierMove { To = DossierState.Received, On = received, At = received.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), ByName = "Essai" }],
        };
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier;
    }

    /// <summary>Two ministries of the reference data (the demo content's), by id.</summary>
    public static async Task<(int First, int Second)> TwoMinistriesAsync(this AppDb db)
    {
        var ids = await db.Organisations.Where(o => o.Kind == OrganisationKind.Ministry).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }

    /// <summary>The referral form's fields, as a browser posts them.</summary>
    public static Dictionary<string, string> ReferralForm(string name, ReferralKind kind, string receivedOn, string? deadline,
        IEnumerable<int> ministries, params string[] questions)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Kind"] = kind.ToString(), ["Input.ReceivedOn"] = receivedOn, ["Input.Deadline"] = deadline ?? "",
            ["Input.Summary"] = "",
        };
        var i = 0;
        foreach (var ministry in ministries) fields[$"Input.MinistryIds[{i++}]"] = ministry.ToString();
        for (var q = 0; q < questions.Length; q++) fields[$"Input.Questions[{q}].Text"] = questions[q];
        return fields;
    }
}
