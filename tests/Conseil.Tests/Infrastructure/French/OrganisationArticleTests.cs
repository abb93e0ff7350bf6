using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Infrastructure.French;

/// <summary>The article of an organisation is stored with it and names it in the reference seats.</summary>
public sealed class OrganisationArticleTests : AppTest
{
    [Fact]
    public async Task The_reference_seats_name_their_organisation_with_its_article()
    {
        var labels = await QueryAsync(db => db.Seats.Select(s => s.Label).ToListAsync(Ct));

        labels.ShouldContain("Représentant de l'AMF");
        labels.ShouldContain("Représentant de la CNAF");
        labels.ShouldContain("Représentant de l'Unccas");
        labels.ShouldContain("Représentant de l'ANAS");
        labels.ShouldContain("Représentant de France Urbaine");
        labels.ShouldContain("Représentant de Régions de France");
        labels.SelectMany(FrenchTextScan.Defects).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_organisation_form_saves_the_article()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);

        var response = await Forms.PostAsync(client, "/espace/composition/organisme", new Dictionary<string, string>
        {
            ["Input.Acronym"] = "Secours catholique",
            ["Input.Name"] = "Secours catholique – Caritas France",
            ["Input.Kind"] = "NationalAssociation",
            ["Input.Article"] = "Le",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await QueryAsync(db => db.Organisations.SingleAsync(o => o.Acronym == "Secours catholique", Ct));
        saved.Article.ShouldBe(Article.Le);
        saved.OfAcronym.ShouldBe("du Secours catholique");
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync($"/espace/composition/organisme/{saved.Id}", Ct));
        form.QuerySelector("#Input_Article option[selected]")!.GetAttribute("value").ShouldBe("Le");
    }
}
