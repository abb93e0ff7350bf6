using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Roster;

/// <summary>The import also updates the people it already knows: e-mail, gender, and the organisation of their mandate.</summary>
public sealed class RosterPersonUpdateTests : IDisposable
{
    private const string Elise = "2;1;titulaire;Durand;Élise;F;elise.durand@exemple.fr;ANAS;14/06/2022;13/06/2027;2022–2027;Arrêté du 14 juin 2022;actif";
    private const string Jerome = "2;1;suppléant;Martin;Jérôme;;;;14/06/2022;13/06/2027;2022–2027;Arrêté du 14 juin 2022;";

    private readonly ConseilFactory factory = new() { DemoContent = false };
    private readonly RosterImportClient import;

    public RosterPersonUpdateTests() => import = new RosterImportClient(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_known_persons_new_email_gender_and_organisation_are_shown_line_by_line_then_applied_and_a_re_import_changes_nothing()
    {
        await import.ApplyAsync(RosterImportClient.Csv(Elise, Jerome));
        var people = await import.CountAsync();
        var changed = RosterImportClient.Csv(
            Elise.Replace("elise.durand@exemple.fr", "e.durand@nouveau.fr").Replace(";ANAS;", ";;"),
            Jerome.Replace(";;;;14", ";H;jerome.martin@exemple.fr;;14"));

        var dryRun = await import.CheckAsync(changed);

        dryRun.ShouldContain("<th scope=\"row\">2</th><td>Personne modifiée</td><td>Élise Durand — Courriel modifié : elise.durand@exemple.fr → e.durand@nouveau.fr</td>");
        dryRun.ShouldContain("<th scope=\"row\">2</th><td>Mandat modifié</td>");
        dryRun.ShouldContain("Organisme modifié : ANAS → aucun");
        dryRun.ShouldContain("<th scope=\"row\">3</th><td>Personne modifiée</td><td>Jérôme Martin — Courriel modifié : aucun → jerome.martin@exemple.fr ; Genre modifié : non renseigné → homme</td>");
        (await PersonAsync("Durand")).Email.ShouldBe("elise.durand@exemple.fr"); // a dry run writes nothing

        (await import.ApplyAsync(changed)).ShouldContain("Import appliqué");
        (await import.CountAsync()).ShouldBe(people); // updated, not duplicated
        (await PersonAsync("Durand")).Email.ShouldBe("e.durand@nouveau.fr");
        var jerome = await PersonAsync("Martin");
        (jerome.Email, jerome.Gender).ShouldBe(("jerome.martin@exemple.fr", Gender.Male));
        (await import.CheckAsync(changed)).ShouldContain("Aucune modification");
    }

    [Fact]
    public async Task Empty_email_and_gender_cells_erase_nothing()
    {
        await import.ApplyAsync(RosterImportClient.Csv(Elise));

        var html = await import.CheckAsync(RosterImportClient.Csv(Elise.Replace(";F;elise.durand@exemple.fr;", ";;;")));

        html.ShouldContain("Aucune modification");
    }

    [Fact]
    public async Task Two_lines_giving_one_person_two_new_emails_are_refused()
    {
        var previousTerm = Elise.Replace("14/06/2022;13/06/2027;2022–2027", "06/02/2020;31/07/2021;2020–2021");
        await import.ApplyAsync(RosterImportClient.Csv(Elise, previousTerm));

        var html = await import.CheckAsync(RosterImportClient.Csv(
            Elise.Replace("elise.durand@exemple.fr", "a@exemple.fr"), previousTerm.Replace("elise.durand@exemple.fr", "b@exemple.fr")));

        html.ShouldContain("<th scope=\"row\">3</th><td>La ligne 2 donne déjà un autre courriel à Élise Durand.</td>");
    }

    private async Task<Person> PersonAsync(string familyName)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().People.SingleAsync(p => p.FamilyName == familyName);
    }
}
