using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("Écrivez à marie.dupont@exemple.fr pour tout renseignement.", "marie.dupont@exemple.fr")]
    [InlineData("Contact : (jean-paul.martin+hcts@asso-exemple.org).", "jean-paul.martin+hcts@asso-exemple.org")]
    [InlineData("Son adresse, « lea_b@mairie.exemple.gouv.fr », figure au dossier.", "lea_b@mairie.exemple.gouv.fr")]
    [InlineData("mailto:Secretariat@Exemple.FR?subject=x", "Secretariat@Exemple.FR")]
    [InlineData("<a.b@c.fr>", "a.b@c.fr")]
    [InlineData("Répondre à contact@exemple.fr.", "contact@exemple.fr")]
    [InlineData("adresse : paul@école-exemple.fr ;", "paul@école-exemple.fr")]
    [InlineData("écrire à marie.dupont [at] exemple.fr", "marie.dupont [at] exemple.fr")]
    [InlineData("écrire à marie.dupont(arobase)exemple.fr", "marie.dupont(arobase)exemple.fr")]
    public void Addresses_are_found_without_the_punctuation_around_them(string text, string address) =>
        Samples.Spans(text, EmailDetector.Find(text)).ShouldBe([address]);

    [Fact]
    public void An_address_is_labelled_in_French() =>
        EmailDetector.Find("a@exemple.fr").ShouldHaveSingleItem().Label.ShouldBe("adresse électronique");

    [Fact]
    public void Several_addresses_are_all_found() =>
        EmailDetector.Find("a@exemple.fr, b@exemple.fr et c@exemple.fr").Count().ShouldBe(3);

    [Theory]
    [InlineData("En application de l'article L.311-2 du code de l'action sociale.")]
    [InlineData("Voir https://www.exemple.fr/contact et www.service-public.fr.")]
    [InlineData("Suivez @hcts sur les réseaux.")]
    [InlineData("Le rendez-vous est à 14 h @ la mairie.")]
    [InlineData("une adresse incomplète marie@exemple")]
    [InlineData("Il est arrivé (at) midi.")]
    public void Text_without_an_address_has_none(string text) => EmailDetector.Find(text).ShouldBeEmpty();
}
