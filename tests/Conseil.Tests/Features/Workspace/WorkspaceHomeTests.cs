using AngleSharp.Html.Parser;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Workspace;

/// <summary>The workspace home shows each account the cards its policies allow: a member their own mandates and bodies.</summary>
public sealed class WorkspaceHomeTests : AppTest
{
    private Task<string> MemberUserIdAsync() =>
        QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.Id).SingleAsync(Ct));

    [Fact]
    public async Task A_member_sees_their_own_mandates_and_bodies_and_not_the_secretariats_alerts()
    {
        var (mandate, body) = await QueryAsync(async db =>
        {
            var person = await db.DemoMemberAsync(Ct);
            var m = await db.Mandates.Include(x => x.Seat).ThenInclude(s => s.College)
                .FirstAsync(x => x.PersonId == person.Id && x.EndDate >= new DateOnly(2026, 11, 22), Ct);
            var b = await db.BodyMemberships.Include(x => x.Body).FirstAsync(x => x.PersonId == person.Id, Ct);
            return (m, b.Body.Name);
        });

        var html = await Factory.CreateClientAs(Roles.Member, await MemberUserIdAsync()).GetStringAsync("/espace", Ct);
        var document = new HtmlParser().ParseDocument(html);

        var row = document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains(mandate.Seat.Label, StringComparison.Ordinal));
        row.TextContent.ShouldContain($"Collège {mandate.Seat.College.Number}");
        row.TextContent.ShouldContain("Titulaire");
        row.TextContent.ShouldContain(mandate.EndDate.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("fr-FR")));
        document.QuerySelector("main")!.TextContent.ShouldContain(body);
        html.ShouldNotContain("Ce qui demande votre attention");
        document.QuerySelectorAll(".conseil-figure").ShouldBeEmpty();
        html.ShouldNotContain("Nouveau mandat");
    }

    [Fact]
    public async Task A_mandate_starting_next_month_is_shown_to_come()
    {
        await QueryAsync(async db => await db.AddMandateAsync(await db.DemoMemberAsync(Ct),
            new DateOnly(2026, 12, 15), new DateOnly(2029, 12, 14), Conseil.Web.Features.Composition.MandateRole.Substitute, Ct));

        var html = await Factory.CreateClientAs(Roles.Member, await MemberUserIdAsync()).GetStringAsync("/espace", Ct);

        html.ShouldContain("Suppléant (à venir)");
        html.ShouldContain("15 décembre 2026");
    }

    [Fact]
    public async Task An_account_tied_to_no_person_sees_no_mandate_card()
    {
        var html = await Factory.CreateClientAs(Roles.Member, "compte-sans-personne").GetStringAsync("/espace", Ct);

        html.ShouldNotContain("Vos mandats");
        html.ShouldNotContain("Ce qui demande votre attention");
    }
}
