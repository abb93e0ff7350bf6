using Conseil.Web.Features.Deliverables;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>Two versions compared section by section (matched by identity) and word by word; the hash is the text's.</summary>
public sealed class VersionDiffTests
{
    private static DraftSnapshot Text(string constats, string? extra = null, string recommendation = "Anticiper l'impact social des crises") => new(
        "Rapport", "Report", "",
        [new(1, "Chapter", "Introduction", "Le groupe a entendu vingt personnes."), new(2, "Chapter", "Constats", constats),
            .. extra is null ? Array.Empty<SectionSnapshot>() : [new SectionSnapshot(3, "Part", "Annexes", extra)]],
        [new(10, "Sur la gouvernance", [new(5, 1, recommendation, "Texte.", "High", ["Départements de France"])])]);

    [Fact]
    public void A_changed_word_is_marked_alone_and_the_rest_kept()
    {
        VersionDiff.Words("Les maraudes ont gardé le lien.", "Les maraudes ont maintenu le lien.").ShouldBe(
        [
            new WordRun("Les maraudes ont ", ChangeKind.Unchanged), new WordRun("gardé", ChangeKind.Removed),
            new WordRun("maintenu", ChangeKind.Added), new WordRun(" le lien.", ChangeKind.Unchanged),
        ]);
    }

    [Fact]
    public void Only_the_section_that_changed_is_reported_changed()
    {
        var blocks = VersionDiff.Compare(Text("La crise a révélé le rôle du travail social."), Text("La crise a révélé le rôle essentiel du travail social."));
        blocks.Where(b => b.Kind != ChangeKind.Unchanged).Select(b => b.Key).ShouldBe(["section-2"]);
        blocks.Single(b => b.Key == "section-2").Text.Where(r => r.Kind == ChangeKind.Added).Select(r => r.Text.Trim()).ShouldBe(["essentiel"]);
    }

    [Fact]
    public void An_added_section_and_a_renamed_recommendation_are_each_one_change()
    {
        var blocks = VersionDiff.Compare(Text("Constats."), Text("Constats.", extra: "Liste des personnes entendues.", recommendation: "Anticiper les crises"));
        blocks.Single(b => b.Key == "section-3").Kind.ShouldBe(ChangeKind.Added);
        var renamed = blocks.Single(b => b.Key == "preconisation-5");
        renamed.Kind.ShouldBe(ChangeKind.Changed);
        renamed.Label.ShouldBe("Préconisation n° 1");
        renamed.Heading.Where(r => r.Kind == ChangeKind.Removed).Select(r => r.Text).ShouldBe(["l'impact social des"]);
        VersionDiff.Compare(Text("Constats.", extra: "Annexe."), Text("Constats.")).Single(b => b.Key == "section-3").Kind.ShouldBe(ChangeKind.Removed);
    }

    [Fact]
    public void A_renamed_theme_a_recommendation_moved_to_another_and_a_new_kind_are_each_shown()
    {
        var older = Text("Constats.");
        var recommendation = older.Themes[0].Recommendations[0];
        var newer = older with
        {
            Kind = "Opinion",
            Themes = [new(10, "Sur le pilotage", []), new(11, "Sur la formation", [recommendation])],
        };
        var blocks = VersionDiff.Compare(older, newer);
        blocks.Single(b => b.Key == "titre").Text.Where(r => r.Kind == ChangeKind.Added).Select(r => r.Text).ShouldBe(["Avis"]);
        blocks.Single(b => b.Key == "theme-10").Heading.Where(r => r.Kind == ChangeKind.Added).Select(r => r.Text).ShouldBe(["le", "pilotage"]);
        blocks.Single(b => b.Key == "theme-11").Kind.ShouldBe(ChangeKind.Added);
        var moved = blocks.Single(b => b.Key == "preconisation-5").Text;
        moved.Where(r => r.Kind == ChangeKind.Removed).Select(r => r.Text).ShouldBe(["gouvernance"]);
        moved.Where(r => r.Kind == ChangeKind.Added).Select(r => r.Text).ShouldBe(["formation"]);
    }

    [Fact]
    public void Two_emoji_changed_never_split_in_halves()
    {
        var runs = VersionDiff.Words("Bravo 👏 !", "Bravo 🎉 !");
        runs.Select(r => r.Text).ShouldBe(["Bravo ", "👏", "🎉", " !"]);
    }

    [Fact]
    public void The_same_text_gives_the_same_hash_and_one_word_changes_it()
    {
        var json = Text("Constats.").ToJson();
        DraftSnapshot.Hash(json).ShouldBe(DraftSnapshot.Hash(Text("Constats.").ToJson()));
        DraftSnapshot.Hash(json).Length.ShouldBe(64);
        DraftSnapshot.Hash(json).ShouldNotBe(DraftSnapshot.Hash(Text("Constats !").ToJson()));
        DraftSnapshot.FromJson(json).ToJson().ShouldBe(json);
    }
}
