using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>The dossier page: a member of its group reads it all; anyone outside its groups gets 404, as for a dossier that does not exist.</summary>
public sealed class DossierPageTests : AppTest
{
    [Fact]
    public async Task A_member_of_the_group_reads_the_referral_its_group_and_its_timeline()
    {
        var (dossier, member, _) = await DossierWithGroupAsync();
        var response = await Factory.CreateClientAs(Roles.Member, member).GetAsync($"/espace/dossiers/{dossier}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Factory.Errors.Entries.ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var page = new HtmlParser().ParseDocument(body);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Dossier de la page");
        body.ShouldContain("Quelle question ?");
        body.ShouldContain("Agathe Lecteur");
    }

    private async Task<(int Dossier, string Member, string Outsider)> DossierWithGroupAsync()
    {
        return await QueryAsync(async db =>
        {
            var reader = CompositionBuilders.Person("Agathe", "Lecteur");
            var outsider = CompositionBuilders.Person("Olivier", "Dehors");
            db.People.AddRange(reader, outsider);
            var dossier = WorkingGroupBuilders.Dossier("Dossier de la page");
            dossier.Questions.Add(new DossierQuestion { Number = 1, Text = "Quelle question ?" });
            await db.AddGroupAsync("Groupe de la page", dossier, reader);
            return (dossier.Id, await db.AddAccountAsync(reader, "agathe.lecteur@conseil.test"), await db.AddAccountAsync(outsider, "olivier.dehors@conseil.test"));
        });
    }
}
