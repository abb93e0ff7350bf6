using Conseil.Web.Features.Deliverables;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>The numbers n° 1…n° N follow the order of the themes, then of the recommendations in each; a move swaps neighbours.</summary>
public sealed class NumberingTests
{
    private static (List<RecommendationTheme> Themes, List<Recommendation> Recommendations) Draft()
    {
        List<RecommendationTheme> themes = [new() { Id = 10, Title = "Gouvernance", Position = 1 }, new() { Id = 20, Title = "Formation", Position = 2 }];
        List<Recommendation> recommendations =
        [
            new() { Id = 1, ThemeId = 20, Position = 1, Title = "Former ensemble" },
            new() { Id = 2, ThemeId = 10, Position = 2, Title = "Articuler" },
            new() { Id = 3, ThemeId = 10, Position = 1, Title = "Anticiper" },
        ];
        return (themes, recommendations);
    }

    private static string Order(IEnumerable<Recommendation> ordered) => string.Join(" ", ordered.Select(r => $"{r.Number}:{r.Title}"));

    [Fact]
    public void Numbers_follow_the_themes_then_the_order_within_each()
    {
        var (themes, recommendations) = Draft();
        Order(Numbering.Renumber(themes, recommendations)).ShouldBe("1:Anticiper 2:Articuler 3:Former ensemble");
    }

    [Fact]
    public void Moving_a_theme_first_renumbers_every_recommendation()
    {
        var (themes, recommendations) = Draft();
        Numbering.Renumber(themes, recommendations);
        Numbering.Move(themes, themes[1], -1, t => t.Position, (t, p) => t.Position = p).ShouldBeTrue();
        Order(Numbering.Renumber(themes, recommendations)).ShouldBe("1:Former ensemble 2:Anticiper 3:Articuler");
    }

    [Fact]
    public void A_recommendation_moved_down_takes_its_neighbours_number()
    {
        var (themes, recommendations) = Draft();
        Numbering.Renumber(themes, recommendations);
        var governance = recommendations.Where(r => r.ThemeId == 10).ToList();
        Numbering.Move(governance, recommendations[2], +1, r => r.Position, (r, p) => r.Position = p).ShouldBeTrue();
        Order(Numbering.Renumber(themes, recommendations)).ShouldBe("1:Articuler 2:Anticiper 3:Former ensemble");
    }

    [Fact]
    public void The_last_one_does_not_move_down_nor_the_first_up()
    {
        var (themes, recommendations) = Draft();
        Numbering.Renumber(themes, recommendations);
        var governance = recommendations.Where(r => r.ThemeId == 10).ToList();
        Numbering.Move(governance, recommendations[1], +1, r => r.Position, (r, p) => r.Position = p).ShouldBeFalse();
        Numbering.Move(governance, recommendations[2], -1, r => r.Position, (r, p) => r.Position = p).ShouldBeFalse();
        Order(Numbering.Renumber(themes, recommendations)).ShouldBe("1:Anticiper 2:Articuler 3:Former ensemble");
    }

    [Fact]
    public void A_deleted_recommendation_leaves_no_hole_in_the_numbers()
    {
        var (themes, recommendations) = Draft();
        Numbering.Renumber(themes, recommendations);
        recommendations.RemoveAll(r => r.Title == "Anticiper");
        Order(Numbering.Renumber(themes, recommendations)).ShouldBe("1:Articuler 2:Former ensemble");
        recommendations.Select(r => r.Position).Order().ShouldBe([1, 1]);
    }

    [Fact]
    public void Sections_are_made_contiguous_in_their_order()
    {
        List<DeliverableSection> sections = [new() { Id = 1, Title = "B", Position = 7 }, new() { Id = 2, Title = "A", Position = 3 }];
        Numbering.Compact(sections);
        sections.OrderBy(s => s.Position).Select(s => s.Title).ShouldBe(["A", "B"]);
        sections.Select(s => s.Position).Order().ShouldBe([1, 2]);
    }
}
