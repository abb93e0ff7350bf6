using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>Test data of deliverables, written straight to the database (no rules checked).</summary>
public static class DeliverableBuilders
{
    /// <summary>A report of the dossier: two chapters, two themes, three recommendations (n° 1, n° 2 in the first theme, n° 3 in the second).</summary>
    public static Deliverable Draft(Dossier dossier, string title = "Rapport d'essai")
    {
        var first = new RecommendationTheme { Title = "Sur la gouvernance", Position = 1 };
        var second = new RecommendationTheme { Title = "Sur la formation", Position = 2 };
        return new Deliverable
        {
            Dossier = dossier, Kind = DeliverableKind.Report, Title = title, CreatedAt = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc),
            Sections =
            [
                new() { Level = SectionLevel.Chapter, Position = 1, Title = "Introduction", Text = "Le groupe a entendu vingt personnes." },
                new() { Level = SectionLevel.Chapter, Position = 2, Title = "Constats", Text = "La crise a révélé le rôle du travail social." },
            ],
            Themes = [first, second],
            Recommendations =
            [
                new() { Theme = first, Position = 1, Number = 1, Title = "Anticiper l'impact social des crises" },
                new() { Theme = first, Position = 2, Number = 2, Title = "Articuler le national et le local" },
                new() { Theme = second, Position = 1, Number = 3, Title = "Former ensemble les institutions" },
            ],
        };
    }

    /// <summary>An amendment the person proposes to the last section (saved once the deliverable has its ids).</summary>
    public static Amendment Amendment(Deliverable deliverable, Person author) => new()
    {
        DeliverableId = deliverable.Id, Number = 1, SectionId = deliverable.Sections[^1].Id, Target = $"Chapitre « {deliverable.Sections[^1].Title} »",
        OriginalText = deliverable.Sections[^1].Text, ProposedText = deliverable.Sections[^1].Text + " Elle a aussi révélé ses fragilités.",
        Justification = "Dire aussi les fragilités.", Person = author, ProposedAt = new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>A version of the deliverable's text as it is (saved once the deliverable has its ids).</summary>
    public static DeliverableVersion Version(Deliverable deliverable, int number)
    {
        var snapshot = DraftSnapshot.Of(deliverable) with { Title = $"{deliverable.Title} (version {number})" };
        var json = snapshot.ToJson();
        return new DeliverableVersion
        {
            DeliverableId = deliverable.Id, Number = number, SavedAt = new DateTime(2026, 11, number, 9, 0, 0, DateTimeKind.Utc),
            SavedBy = "Essai", Content = json, ContentHash = DraftSnapshot.Hash(json),
        };
    }
}
