using System.Net.Http.Json;
using System.Reflection;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Privacy;

public sealed class RegisterTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Every_marked_property_of_the_model_appears_in_the_register()
    {
        var marked = await factory.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.PropertyInfo?.GetCustomAttribute<PersonalDataAttribute>() is not null)
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .ToList()));
        var register = await factory.CreateClientAs(Roles.Secretariat).GetFromJsonAsync<ProcessingRegister>("/api/privacy/register", Ct);

        var listed = register!.Processings.SelectMany(p => p.FieldKeys).ToList();
        marked.ShouldContain("Person.Email");
        marked.ShouldContain("AppUser.DisplayName");
        listed.ShouldBeUnique();
        marked.ShouldBeSubsetOf(listed);
        listed.ShouldContain("AppUser.Email"); // Identity's own mark
    }

    [Fact]
    public async Task The_register_gives_purpose_category_legal_basis_recipients_and_retention()
    {
        var register = await factory.CreateClientAs(Roles.Administrator).GetFromJsonAsync<ProcessingRegister>("/api/privacy/register", Ct);

        var contact = register!.Processings.Single(p => p.FieldKeys.Contains("Person.Email"));
        contact.Fields.ShouldContain("Adresse électronique (personne)");
        contact.Purpose.ShouldBe("Convocations et échanges avec le secrétariat");
        contact.Categories.ShouldBe(["Coordonnées"]);
        contact.LegalBasis.ShouldContain("intérêt public");
        contact.Recipients.ShouldContain("Secrétariat général du Haut Conseil");
        contact.Retention.Single().ShouldStartWith("2 ans après la fin du dernier mandat");
        // Gender is not a special category of article 9 RGPD: nothing in the register calls it sensitive.
        register.Processings.Single(p => p.FieldKeys.Contains("Person.Gender")).Categories.ShouldBe(["Genre (suivi de la parité)"]);
        register.Processings.SelectMany(p => p.Categories).ShouldAllBe(c => !c.Contains("sensible", StringComparison.OrdinalIgnoreCase));
        register.RetentionRules.ShouldContain(r => r.Record == "Journal des modifications" && r.Period.StartsWith("5 ans", StringComparison.Ordinal));
    }

    [Fact]
    public void The_mark_is_what_puts_a_field_in_the_register()
    {
        using var db = new SampleDb();
        var fields = PersonalDataRegister.Fields(db.Model).Select(f => f.Name).ToList();

        fields.ShouldBe(["Sample.Phone"]);
        PersonalDataRegister.Fields(db.Model).Single().Purpose.ShouldBe("Rappels téléphoniques");
    }

    [Fact]
    public async Task The_register_page_lists_the_processings_in_accessible_tables()
    {
        var html = await factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace/rgpd", Ct);

        html.ShouldContain("<caption>Traitement : Convocations et échanges avec le secrétariat</caption>");
        html.ShouldContain("Adresse électronique (personne)");
        html.ShouldContain("Genre (personne)");
        html.ShouldNotContain("Person.Email");
        html.ShouldNotContain("AppUser.");
        html.ShouldNotContain("sensible");
        html.ShouldContain("<th scope=\"row\">Journal des modifications</th>");
    }

    public sealed class Sample
    {
        public int Id { get; set; }
        public string Label { get; set; } = "";
        [PersonalData("Rappels téléphoniques", Category = "Coordonnées")]
        public string Phone { get; set; } = "";
    }

    private sealed class SampleDb : DbContext
    {
        public DbSet<Sample> Samples => Set<Sample>();
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=:memory:");
    }
}
