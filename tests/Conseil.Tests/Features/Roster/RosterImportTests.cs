using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterImportTests : IDisposable
{
    private const string Elise = "2;1;titulaire;Durand;Élise;F;elise.durand@exemple.fr;ANAS;14/06/2022;13/06/2027;2022–2027;Arrêté du 14 juin 2022;actif";
    private const string Jerome = "2;1;suppléant;Martin;Jérôme;H;;;14/06/2022;13/06/2027;2022-2027;Arrêté du 14 juin 2022;";
    private const string Chloe = "6;1;titulaire;Bernard;Chloé;;;;14/06/2022;13/06/2027;2022–2027;;actif";

    private readonly ConseilFactory factory = new() { DemoContent = false };
    private readonly RosterImportClient import;

    public RosterImportTests() => import = new RosterImportClient(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Dry_run_lists_the_changes_and_writes_nothing()
    {
        var before = await import.CountAsync();

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise, Jerome, Chloe));

        html.ShouldContain("Nouvelle personne");
        html.ShouldContain("Nouveau mandat");
        html.ShouldContain("Élise Durand");
        html.ShouldContain("Appliquer l");
        (await import.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Applying_creates_the_people_and_their_mandates()
    {
        var before = await import.CountAsync();

        var html = await import.ApplyAsync(RosterImportClient.Csv(Elise, Jerome, Chloe));

        html.ShouldContain("Import appliqué");
        (await import.CountAsync()).ShouldBe((before.People + 3, before.Mandates + 3));
    }

    [Fact]
    public async Task Re_importing_the_same_file_changes_nothing()
    {
        var file = RosterImportClient.Csv(Elise, Jerome, Chloe);
        await import.ApplyAsync(file);
        var after = await import.CountAsync();

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise.ToUpperInvariant().Replace("ARRÊTÉ DU 14 JUIN 2022", "Arrêté du 14 juin 2022"), Jerome, Chloe));

        html.ShouldContain("Aucune modification");
        (await import.CountAsync()).ShouldBe(after);
    }

    [Fact]
    public async Task A_changed_end_date_is_shown_as_an_updated_mandate()
    {
        await import.ApplyAsync(RosterImportClient.Csv(Elise, Jerome));

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise.Replace("13/06/2027;2022", "31/12/2025;2022").Replace("actif", "démission"), Jerome));

        html.ShouldContain("Mandat modifié");
        html.ShouldContain("Fin modifiée : 13/06/2027 → 31/12/2025");
        html.ShouldContain("Statut modifié : actif → démission");
    }

    [Fact]
    public async Task One_bad_line_writes_nothing_and_names_the_line_and_the_reason()
    {
        var before = await import.CountAsync();

        var html = await import.ApplyAsync(RosterImportClient.Csv(Elise, Jerome.Replace("13/06/2027", "31/02/2025"), Chloe));

        html.ShouldContain("<th scope=\"row\">3</th><td>Date de fin invalide : « 31/02/2025 » (format jj/mm/aaaa).</td>");
        html.ShouldNotContain("Import appliqué");
        (await import.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_organisation_is_refused()
    {
        var html = await import.CheckAsync(RosterImportClient.Csv(Elise.Replace("ANAS", "XYZ")));

        html.ShouldContain("<th scope=\"row\">2</th><td>Organisme inconnu : XYZ</td>");
    }

    [Fact]
    public async Task Lines_are_checked_against_each_other_and_the_mandate_rules()
    {
        var secondFullMember = Chloe.Replace("6;1;", "2;1;");
        var substituteInCollegeSix = Chloe.Replace("titulaire", "suppléant").Replace("Bernard", "Petit");
        var unknownSeat = Elise.Replace("2;1;", "2;99;").Replace("Durand", "Roux");

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise, secondFullMember, substituteInCollegeSix, unknownSeat));

        html.ShouldContain("<th scope=\"row\">3</th><td>Ce siège a déjà un titulaire");
        html.ShouldContain("<th scope=\"row\">4</th><td>Le collège « Personnes qualifiées » ne comprend pas de suppléants.</td>");
        html.ShouldContain("<th scope=\"row\">5</th><td>Siège inconnu : le collège 2 n&#x27;a pas de siège n° 99.</td>");
    }

    [Fact]
    public async Task Files_that_are_not_rosters_get_a_clear_message()
    {
        (await import.CheckAsync([0x50, 0x4B, 0x03, 0x04], "composition.xlsx")).ShouldContain("Le fichier doit être au format CSV");
        (await import.CheckAsync("nom,prenom\r\nDurand,Élise\r\n"u8.ToArray())).ShouldContain("séparé par des points-virgules");
        (await import.CheckAsync(new byte[(2 * 1024 * 1024) + 1])).ShouldContain("taille maximale de 2 Mo");
    }

    [Fact]
    public async Task A_full_member_and_a_substitute_in_one_file_need_no_prior_data()
    {
        var html = await import.ApplyAsync(RosterImportClient.Csv(Jerome, Elise));

        html.ShouldContain("Import appliqué");
    }

    [Fact]
    public async Task One_person_cannot_hold_two_seats_of_a_college_in_one_term()
    {
        var sameLadyOnSeatTwo = Elise.Replace("2;1;", "2;2;");

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise, sameLadyOnSeatTwo));

        html.ShouldContain("Cette personne détient déjà un mandat dans le collège");
        html.ShouldContain("<th scope=\"row\">3</th>");
    }
}
