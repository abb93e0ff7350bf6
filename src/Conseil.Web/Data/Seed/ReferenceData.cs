using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.AspNetCore.Identity;
using Conseil.Web.Features.Network;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data.Seed;

/// <summary>
/// The HCTS as the texts describe it (décret 2016-905, art. D142-2 CASF, arrêté of 6 February 2020):
/// bodies, colleges and quotas, organisations and seats, terms, public office holders, local committees.
/// Loaded once, into an empty database.
/// </summary>
public static class ReferenceData
{
    public static async Task LoadAsync(IServiceProvider services)
    {
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var db = services.GetRequiredService<AppDb>();
        if (await db.Bodies.AnyAsync()) return;

        db.Bodies.AddRange(ReferenceBodies.All());
        var colleges = ReferenceColleges.All();
        db.Colleges.AddRange(colleges);
        var organisations = ReferenceOrganisations.All();
        db.Organisations.AddRange(organisations);
        db.Seats.AddRange(ReferenceSeats.For(colleges, organisations));
        db.Terms.AddRange(Terms());
        db.Offices.AddRange(PublicOffices());
        db.LocalCommittees.AddRange(LocalCommittees());
        await db.SaveChangesAsync();
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public static IEnumerable<Term> Terms() =>
    [
        new() { Name = "2016–2019", StartDate = new(2016, 7, 1), EndDate = new(2019, 11, 13),
            AppointingAct = "Décret n° 2016-905 du 1er juillet 2016" },
        new() { Name = "2020–2021", StartDate = new(2020, 2, 6), EndDate = new(2021, 7, 31),
            AppointingAct = "Arrêté du 6 février 2020 (mandature de 18 mois)" },
        new() { Name = "2022–2027", StartDate = new(2022, 6, 14), EndDate = new(2027, 6, 13),
            AppointingAct = "Arrêtés du 14 juin 2022" },
    ];

    // Real names only for public office holders named in the council's own publications.
    private static IEnumerable<Office> PublicOffices()
    {
        var bourguignon = new Person { GivenName = "Brigitte", FamilyName = "Bourguignon", Gender = Gender.Female };
        var klein = new Person { GivenName = "Mathieu", FamilyName = "Klein", Gender = Gender.Male };
        var ville = new Person { GivenName = "Amaury", FamilyName = "Ville", Gender = Gender.Male };
        return
        [
            new() { Kind = OfficeKind.President, Person = bourguignon, StartDate = new(2020, 2, 6), EndDate = new(2020, 7, 5),
                Note = "Présidente nommée par décret" },
            new() { Kind = OfficeKind.President, Person = klein, StartDate = new(2021, 7, 2),
                Note = "Président nommé par décret" },
            new() { Kind = OfficeKind.SecretaryGeneral, Person = ville, StartDate = new(2019, 11, 14),
                Note = "Chef du bureau des professions sociales (DGCS)" },
        ];
    }

    private static IEnumerable<LocalCommittee> LocalCommittees() =>
    [
        new() { Name = "Comité local du travail social et du développement social des Hautes-Pyrénées",
            TerritoryLevel = TerritoryLevel.Departement, TerritoryCode = "65", TerritoryName = "Hautes-Pyrénées", CreatedYear = 2018 },
        new() { Name = "Comité local du travail social et du développement social de Provence-Alpes-Côte d'Azur",
            TerritoryLevel = TerritoryLevel.Region, TerritoryCode = "93", TerritoryName = "Provence-Alpes-Côte d'Azur", CreatedYear = 2018 },
        new() { Name = "Comité local du travail social et du développement social de Loire-Atlantique",
            TerritoryLevel = TerritoryLevel.Departement, TerritoryCode = "44", TerritoryName = "Loire-Atlantique", CreatedYear = 2018,
            Description = "Une quarantaine de partenaires, présidé par le département." },
        new() { Name = "Projet de comité local du travail social et du développement social de La Réunion",
            TerritoryLevel = TerritoryLevel.Departement, TerritoryCode = "974", TerritoryName = "La Réunion",
            Description = "Comité en projet." },
    ];
}
