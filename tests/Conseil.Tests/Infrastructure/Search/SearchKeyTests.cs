using Conseil.Web.Infrastructure.Search;

namespace Conseil.Tests.Infrastructure.Search;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("Éric", "eric")]
    [InlineData("LEFÈVRE", "lefevre")]
    [InlineData("E\u0301lodie", "elodie")] // decomposed (NFD) like composed (NFC)
    [InlineData("Œuvre Cœur", "oeuvre coeur")]
    [InlineData("Lætitia", "laetitia")]
    [InlineData("Jean-Pierre  d'Ormesson", "jean pierre d ormesson")]
    [InlineData("  Martin\tÉric ", "martin eric")]
    [InlineData("%_\\'\"", "")]
    [InlineData("Zoë 😀 Ñúñez", "zoe nunez")]
    [InlineData("ﬁlle", "fille")] // compatibility ligature
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_folds_case_accents_ligatures_and_punctuation(string? text, string expected) =>
        SearchKey.Fold(text).ShouldBe(expected);

    [Fact]
    public void A_query_becomes_its_distinct_folded_words_cut_at_the_maximum_length()
    {
        SearchKey.Words("Éric  MARTIN éric").ShouldBe(["eric", "martin"]);
        SearchKey.Words("% _ \\").ShouldBeEmpty();
        SearchKey.Words(new string('a', 500)).ShouldBe([new string('a', SearchKey.MaxQueryLength)]);
    }

    [Fact]
    public void French_order_sorts_accented_letters_with_their_base_letter()
    {
        string[] names = ["Bernard Yann", "Bernard Éric", "bernard anne", "Béranger Zoé", "Bernard Eric", "Ézéchiel Ada", "Zola Émile"];
        names.Order(FrenchOrder.Instance).ShouldBe(
            ["Béranger Zoé", "bernard anne", "Bernard Eric", "Bernard Éric", "Bernard Yann", "Ézéchiel Ada", "Zola Émile"]);
    }
}
