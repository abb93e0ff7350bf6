using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Infrastructure.French;

/// <summary>
/// Every page of the demo content, read as the secretariat (public pages also anonymously), scanned for the
/// French errors of <see cref="FrenchTextScan"/>. The pages come from the authorization matrix, plus every seat
/// and body page, whose text names the demo's people.
/// </summary>
public sealed class FrenchPagesTests : AppTest
{
    /// <summary>
    /// Pages another part of issue 7 rewrites with the French helper (the audit log, the personal data pages):
    /// scanned once that work is merged. Empty this list then.
    /// </summary>
    [Fact]
    public void The_scan_finds_each_kind_of_error()
    {
        FrenchTextScan.Defects("12 personne(s) trouvées").Count.ShouldBe(1);
        FrenchTextScan.Defects("Modifier la fonction de Amaury Ville").Count.ShouldBe(1);
        FrenchTextScan.Defects("Modifier le mandat de Élodie Lambert").Count.ShouldBe(1);
        FrenchTextScan.Defects("Représentant de AMF").Count.ShouldBe(1);
        FrenchTextScan.Defects("66 sièges, dont 1 vacants").Count.ShouldBe(1);
        FrenchTextScan.Defects("0 erreurs").Count.ShouldBe(1);
        FrenchTextScan.Defects("d'Élodie, de Yann, de Haute-Garonne, le hameau, 1 siège vacant, 11 sièges, de l'AMF").ShouldBeEmpty();
        FrenchTextScan.Defects(FrenchTextScan.VisibleText("<table><tr><td>1</td><td>membres</td></tr></table>")).ShouldBeEmpty();
    }

    [Fact]
    public async Task No_page_of_the_demo_content_writes_wrong_french()
    {
        var secretariat = Factory.CreateClientAs(Roles.Secretariat);
        var anonymous = Factory.CreateClientAs(null);
        var seats = await QueryAsync(db => db.Seats.Select(s => s.Id).ToListAsync(Ct));
        var bodies = await QueryAsync(db => db.Bodies.Select(b => b.Id).ToListAsync(Ct));
        var pages = AuthorizationMatrix.Rows
            .Where(r => r.Method == "GET" && r.Secretariat == Access.Ok && !r.Pattern.StartsWith("/api", StringComparison.Ordinal))
            .Select(r => r.Url)
            .Concat(seats.Select(id => $"/espace/composition/siege/{id}"))
            .Concat(bodies.Select(id => $"/espace/composition/instance/{id}"))
            .Distinct()
            .ToList();
        var publicPages = AuthorizationMatrix.Rows
            .Where(r => r.Method == "GET" && r.Anonymous == Access.Ok && !r.Pattern.StartsWith("/api", StringComparison.Ordinal))
            .Select(r => r.Url);

        var defects = new List<string>();
        var scanned = 0;
        foreach (var (client, url) in pages.Select(u => (secretariat, u)).Concat(publicPages.Select(u => (anonymous, u))))
        {
            using var response = await client.GetAsync(url, Ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            scanned++;
            var text = FrenchTextScan.VisibleText(await response.Content.ReadAsStringAsync(Ct));
            defects.AddRange(FrenchTextScan.Defects(text).Select(d => $"{url} : {d}"));
        }

        scanned.ShouldBeGreaterThan(30);
        defects.Distinct().ToList().ShouldBeEmpty();
    }
}
