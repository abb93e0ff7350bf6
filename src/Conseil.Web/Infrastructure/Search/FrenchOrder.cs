namespace Conseil.Web.Infrastructure.Search;

/// <summary>
/// The one French ordering of names: by their folded key ("Bernard Éric" before "Bernard Yann", "de Gaulle" beside
/// "Degas"), then by the text itself so the order is total and stable. Lists read from the database order by the
/// stored <see cref="ISearchKeyed.SearchKey"/>, which is the same comparison; in-memory lists use this comparer.
/// </summary>
public sealed class FrenchOrder : IComparer<string?>
{
    public static readonly FrenchOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var byKey = string.CompareOrdinal(SearchKey.Fold(x), SearchKey.Fold(y));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }
}
