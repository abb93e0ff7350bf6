using Conseil.Tests.Infrastructure.PersonalData.Detection;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Features.Contributions;

/// <summary>What holds a contribution back, and the words the secretariat reads about it.</summary>
public sealed class ContributionScreeningTests
{
    private static readonly string Nir = Samples.Grouped(Samples.Valid("1850578006084"));
    private static readonly string WrongKeyNir = Samples.Grouped(Samples.WrongKey("1850578006084"));

    private static PersonalDataScan Scan(string text) => new(text, ExtractionStatus.Complete, PersonalDataDetector.Find(text));

    private static Screening Of(string text, params PersonalDataScan[] attachments) => ContributionScreening.Of(Scan("Titre"), Scan(text), attachments);

    [Fact]
    public void A_clean_text_is_received_for_moderation_with_no_findings()
    {
        var screening = Of("Les maraudes continuent deux soirs par semaine depuis le 12.03.2021, avec 35 bénévoles.");
        screening.Status.ShouldBe(ContributionStatus.Received);
        screening.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_phone_number_and_a_nir_in_the_text_hold_it_back_and_are_counted_in_words()
    {
        var screening = Of($"Joindre la coordinatrice au 06 39 98 12 34 ; la personne a donné son numéro {Nir}.");
        screening.Status.ShouldBe(ContributionStatus.Held);
        screening.Findings.ShouldBe("1 numéro de téléphone, 1 numéro de sécurité sociale (NIR)");
    }

    [Fact]
    public void Several_findings_of_a_kind_take_the_plural()
    {
        Of("marie@exemple.fr ou paul@exemple.fr, au 01 99 00 12 34 ou au 06 39 98 12 34").Findings
            .ShouldBe("2 adresses électroniques, 2 numéros de téléphone");
    }

    [Fact]
    public void A_nir_with_a_wrong_key_is_not_flagged()
    {
        var screening = Of($"Référence du dossier : {WrongKeyNir}.");
        screening.Status.ShouldBe(ContributionStatus.Received);
        screening.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Personal_data_in_the_title_holds_it_back_too()
    {
        var screening = ContributionScreening.Of(Scan("Appeler Mme X au 06 39 98 12 34"), Scan("Un texte sans rien."), []);
        screening.Status.ShouldBe(ContributionStatus.Held);
    }

    [Fact]
    public void An_attachment_with_findings_is_held_and_the_others_are_not()
    {
        var screening = Of("Un texte sans rien.", Scan("Rien à signaler."), Scan($"NIR : {Nir}"));
        screening.Status.ShouldBe(ContributionStatus.Held);
        screening.Attachments.Select(a => a.IsHeld).ShouldBe([false, true]);
        screening.Attachments[1].Findings.ShouldBe("1 numéro de sécurité sociale (NIR)");
        screening.Findings.ShouldBe("1 numéro de sécurité sociale (NIR)");
    }

    [Fact]
    public void An_attachment_that_cannot_be_read_holds_the_contribution_and_says_why()
    {
        var screening = Of("Un texte sans rien.", new PersonalDataScan("", ExtractionStatus.Unreadable, []));
        screening.Status.ShouldBe(ContributionStatus.Held);
        screening.Findings.ShouldBe("1 pièce jointe à vérifier");
        screening.PersonalData.ShouldBeEmpty();
        screening.Unverified.ShouldBe(1);
        screening.Attachments[0].ShouldBe(new AttachmentScreening(true, "le document n'a pas pu être lu (fichier endommagé ou protégé)"));
    }

    [Fact]
    public void What_is_still_personal_in_a_redacted_text_is_named_with_the_right_pronoun()
    {
        ContributionScreening.StillPersonal("Le texte", "Au 06 39 98 12 34.").ShouldBe("Le texte contient encore 1 numéro de téléphone : masquez-le avant d'enregistrer.");
        ContributionScreening.StillPersonal("Le texte", "marie@exemple.fr").ShouldBe("Le texte contient encore 1 adresse électronique : masquez-la avant d'enregistrer.");
        ContributionScreening.StillPersonal("Le titre", "marie@exemple.fr, 06 39 98 12 34").ShouldBe(
            "Le titre contient encore 1 adresse électronique, 1 numéro de téléphone : masquez-les avant d'enregistrer.");
        ContributionScreening.StillPersonal("Le texte", "Au [numéro de téléphone masqué].").ShouldBeNull();
    }

    [Fact]
    public void Findings_never_exceed_their_column()
    {
        var many = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"a{i}@exemple.fr"));
        ContributionScreening.Summary(PersonalDataDetector.Find(many), 3).Length.ShouldBeLessThanOrEqualTo(ContributionScreening.MaxFindingsLength);
    }
}
