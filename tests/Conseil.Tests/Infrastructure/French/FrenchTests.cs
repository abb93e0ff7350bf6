using Conseil.Web.Infrastructure.French;
using Text = Conseil.Web.Infrastructure.French.French;

namespace Conseil.Tests.Infrastructure.French;

public sealed class FrenchTests
{
    [Theory]
    [InlineData(0, "0 siège vacant")]
    [InlineData(1, "1 siège vacant")]
    [InlineData(2, "2 sièges vacants")]
    [InlineData(66, "66 sièges vacants")]
    public void A_count_agrees_with_its_noun_0_and_1_taking_the_singular(int count, string expected) =>
        Text.Count(count, "siège vacant", "sièges vacants").ShouldBe(expected);

    [Fact]
    public void A_large_count_is_grouped_the_French_way() =>
        Text.Count(1234, "personne", "personnes").ShouldBe("1\u202F234 personnes");

    [Theory]
    [InlineData(0, "vacant")]
    [InlineData(1, "vacant")]
    [InlineData(2, "vacants")]
    public void The_word_alone_agrees(int count, string expected) => Text.Agree(count, "vacant", "vacants").ShouldBe(expected);

    [Theory]
    [InlineData("Amaury Ville", "d'Amaury Ville")]
    [InlineData("Élodie Lambert", "d'Élodie Lambert")]
    [InlineData("Éric", "d'Éric")]
    [InlineData("Îlot", "d'Îlot")]
    [InlineData("Œuvre", "d'Œuvre")]
    [InlineData("Hélène", "d'Hélène")]
    [InlineData("Hôpital", "d'Hôpital")]
    [InlineData("Yves", "d'Yves")]
    [InlineData("Yann", "de Yann")]
    [InlineData("Yolande", "de Yolande")]
    [InlineData("Marie", "de Marie")]
    [InlineData("Haute-Garonne", "de Haute-Garonne")]
    [InlineData("Hauts-de-France", "de Hauts-de-France")]
    [InlineData("Hugo", "de Hugo")]
    [InlineData("Hongrie", "de Hongrie")]
    [InlineData("handicap", "de handicap")]
    [InlineData("huit", "de huit")]
    [InlineData("11 sièges", "de 11 sièges")]
    public void Of_elides_before_a_vowel_or_a_mute_h_and_not_before_an_aspirated_h_or_a_y_consonant(string name, string expected) =>
        Text.Of(name).ShouldBe(expected);

    [Fact]
    public void A_decomposed_accent_elides_like_a_composed_one() =>
        Text.Of("E\u0301lodie").ShouldBe("d'E\u0301lodie");

    [Theory]
    [InlineData("hallucination", true)] // "hall" is aspirated, not every word that starts like it
    [InlineData("hall", false)]
    [InlineData("halles", false)]
    [InlineData("hameaux", false)]
    [InlineData("huître", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("« Élodie »", false)]
    public void Aspirated_h_words_are_whole_words_or_families(string word, bool elides) => Text.Elides(word).ShouldBe(elides);

    [Theory]
    [InlineData("mandat", false, "le mandat")]
    [InlineData("fonction", true, "la fonction")]
    [InlineData("organisation", true, "l'organisation")]
    [InlineData("hébergement", false, "l'hébergement")]
    [InlineData("hameau", false, "le hameau")]
    public void The_takes_the_article_of_a_word_of_known_gender(string word, bool feminine, string expected) =>
        Text.The(word, feminine).ShouldBe(expected);

    [Theory]
    [InlineData("Marie", "que Marie")]
    [InlineData("Élodie", "qu'Élodie")]
    public void That_elides(string word, string expected) => Text.That(word).ShouldBe(expected);

    [Theory]
    [InlineData("AMF", Article.Elided, "de l'AMF", "l'AMF")]
    [InlineData("CNAF", Article.La, "de la CNAF", "la CNAF")]
    [InlineData("Unccas", Article.Elided, "de l'Unccas", "l'Unccas")]
    [InlineData("Secours catholique", Article.Le, "du Secours catholique", "le Secours catholique")]
    [InlineData("Petits Frères des pauvres", Article.Les, "des Petits Frères des pauvres", "les Petits Frères des pauvres")]
    [InlineData("France Urbaine", Article.None, "de France Urbaine", "France Urbaine")]
    [InlineData("Emmaüs France", Article.None, "d'Emmaüs France", "Emmaüs France")]
    public void An_organisation_is_named_with_its_stored_article(string name, Article article, string of, string named)
    {
        Text.OfNamed(name, article).ShouldBe(of);
        Text.Named(name, article).ShouldBe(named);
    }
}
