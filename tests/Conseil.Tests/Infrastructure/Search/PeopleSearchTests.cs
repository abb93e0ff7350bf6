using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure.Search;

/// <summary>The people search and its order, on the database of the run (SQLite or PostgreSQL), hostile input included.</summary>
public sealed class PeopleSearchTests : AppTest
{
    private async Task AddPeopleAsync(params (string Given, string Family)[] people)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        db.People.AddRange(people.Select(p => new Person { GivenName = p.Given, FamilyName = p.Family }));
        await db.SaveChangesAsync(Ct);
    }

    private async Task<(List<string> Names, string Text)> SearchAsync(string query)
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        using var response = await client.GetAsync("/espace/composition/personnes?Q=" + Uri.EscapeDataString(query), Ct);
        response.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        return (document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList(), document.Body!.TextContent);
    }

    [Theory]
    [InlineData("zzbernard")]
    [InlineData("ZZBERNARD")]
    [InlineData("zzbérnard")]
    public async Task The_search_ignores_case_and_accents_and_lists_in_French_order(string query)
    {
        await AddPeopleAsync(("Yann", "Zzbernard"), ("Éric", "Zzbernard"), ("Anne", "Zzbernard"), ("Eric", "Zzbernard"));

        (await SearchAsync(query)).Names.ShouldBe(["Zzbernard Anne", "Zzbernard Eric", "Zzbernard Éric", "Zzbernard Yann"]);
    }

    [Fact]
    public async Task Words_match_in_any_order_and_ligatures_and_decomposed_accents_fold()
    {
        await AddPeopleAsync(("Œdipe", "Zzlefèvre"), ("E\u0301lodie", "Zzlambert"), ("Noé", "Zz'Aubry-Durand"));

        (await SearchAsync("zzlefevre oedipe")).Names.ShouldBe(["Zzlefèvre Œdipe"]);
        (await SearchAsync("Œdipe")).Names.ShouldBe(["Zzlefèvre Œdipe"]);
        (await SearchAsync("élodie")).Names.ShouldBe(["Zzlambert E\u0301lodie"]);
        (await SearchAsync("E\u0301LODIE zzlambert")).Names.ShouldBe(["Zzlambert E\u0301lodie"]);
        (await SearchAsync("aubry durand")).Names.ShouldBe(["Zz'Aubry-Durand Noé"]);
    }

    [Fact]
    public async Task The_demo_people_are_found_whatever_the_case_and_accents()
    {
        (await SearchAsync("eric")).Names.ShouldNotBeEmpty();
        (await SearchAsync("ERIC")).Names.ShouldBe((await SearchAsync("Éric")).Names);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("' OR 1=1 --")]
    [InlineData("😀")]
    [InlineData("nobody-is-called-this")]
    public async Task Hostile_or_unmatched_input_finds_nobody_and_says_so_in_French(string query)
    {
        await AddPeopleAsync(("Yann", "Zzbernard"), ("Anne", "100% Zzbernard"));

        var (names, text) = await SearchAsync(query);

        names.ShouldBeEmpty();
        text.ShouldContain($"Aucune personne ne correspond à « {query.Trim()} ».");
    }

    [Fact]
    public async Task A_wildcard_is_only_a_separator_between_words()
    {
        await AddPeopleAsync(("Anne", "100% Zzbernard"), ("Yann", "Zzbernard"));

        (await SearchAsync("100%")).Names.ShouldBe(["100% Zzbernard Anne"]);
    }

    [Fact]
    public async Task People_saved_before_the_key_existed_get_theirs_from_the_backfill()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.SearchKey, ""), Ct); // as migration 0007 leaves them

        await SearchKeys.BackfillAsync<Person>(db, Ct);

        var people = await db.People.AsNoTracking().ToListAsync(Ct);
        people.ShouldAllBe(p => p.SearchKey == SearchKey.Fold(p.FamilyName + " " + p.GivenName) && p.SearchKey != "");
    }

    [Fact]
    public async Task A_500_character_query_is_cut_not_refused()
    {
        var (names, text) = await SearchAsync(new string('é', 500));

        names.ShouldBeEmpty();
        text.ShouldContain("Aucune personne ne correspond");
    }
}
