namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// The numbers of a deliverable's recommendations: n° 1…n° N in the order of the themes, then of the recommendations
/// in each theme. Positions are made contiguous (1, 2, 3…) as they go, so that a move is a swap of neighbours.
/// </summary>
public static class Numbering
{
    /// <summary>Renumbers in place; returns the recommendations in their new order.</summary>
    public static IReadOnlyList<Recommendation> Renumber(IReadOnlyList<RecommendationTheme> themes, IReadOnlyList<Recommendation> recommendations)
    {
        var ordered = new List<Recommendation>();
        var themeRank = 0;
        foreach (var theme in themes.OrderBy(t => t.Position).ThenBy(t => t.Id))
        {
            theme.Position = ++themeRank;
            var rank = 0;
            foreach (var recommendation in recommendations.Where(r => r.Theme is null ? r.ThemeId == theme.Id : r.Theme == theme)
                         .OrderBy(r => r.Position).ThenBy(r => r.Id))
            {
                recommendation.Position = ++rank;
                ordered.Add(recommendation);
            }
        }
        for (var i = 0; i < ordered.Count; i++) ordered[i].Number = i + 1;
        return ordered;
    }

    /// <summary>Sections made contiguous in their order (1, 2, 3…).</summary>
    public static void Compact(IEnumerable<DeliverableSection> sections)
    {
        var rank = 0;
        foreach (var section in sections.OrderBy(s => s.Position).ThenBy(s => s.Id).ToList()) section.Position = ++rank;
    }

    /// <summary>
    /// Swaps the item with its neighbour up (-1) or down (+1) among <paramref name="siblings"/>; false when it is
    /// already first or last. Positions must be contiguous (call <see cref="Renumber"/> or <see cref="Compact"/> first).
    /// </summary>
    public static bool Move<T>(IReadOnlyList<T> siblings, T item, int direction, Func<T, int> position, Action<T, int> setPosition)
    {
        var ordered = siblings.OrderBy(position).ToList();
        var index = ordered.IndexOf(item);
        var other = index + Math.Sign(direction);
        if (index < 0 || direction == 0 || other < 0 || other >= ordered.Count) return false;
        var mine = position(item);
        setPosition(item, position(ordered[other]));
        setPosition(ordered[other], mine);
        return true;
    }
}
