using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data.Seed;

/// <summary>
/// Fictitious members filling the 2022–2027 term (a few seats left vacant, a few without substitute,
/// two mandates ending soon), office holders, commissions, and three demo accounts.
/// Every person created here is marked IsDemo. Switched off by Conseil:DemoContent=false.
/// </summary>
public static class DemoContent
{
    public const string Password = "Conseil-demo-2026";
    public const string AdministratorEmail = "admin@conseil.test";
    public const string SecretariatEmail = "secretariat@conseil.test";
    public const string MemberEmail = "membre@conseil.test";

    public static async Task LoadAsync(IServiceProvider services, bool withAccounts = true)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.People.AnyAsync(p => p.IsDemo)) return;
        var today = FrenchDates.Today(services.GetRequiredService<TimeProvider>());

        var names = new DemoNames();
        var term = await db.Terms.SingleAsync(t => t.Name == "2022–2027");
        var previous = await db.Terms.SingleAsync(t => t.Name == "2020–2021");
        var seats = await db.Seats.Include(s => s.College).OrderBy(s => s.College.Number).ThenBy(s => s.Number).ToListAsync();
        var ministries = await DemoMinistriesAsync(db);
        var fullMembers = new List<Person>();
        var collegeOf = new Dictionary<Person, College>();
        foreach (var seat in seats)
        {
            if (IsLeftVacant(seat)) continue;
            var holder = names.Next();
            fullMembers.Add(holder);
            collegeOf[holder] = seat.College;
            var ministry = RepresentsAMinistry(seat) ? ministries[(seat.Number - 1) % ministries.Count] : null;
            db.Mandates.Add(Mandate(seat, holder, term, MandateRole.FullMember, EndsSoon(seat) ? today.AddDays(45) : term.EndDate, ministry));
            if (seat.College.HasSubstitutes && seat.Number % 7 != 3)
                db.Mandates.Add(Mandate(seat, names.Next(), term, MandateRole.Substitute, term.EndDate, ministry));
            if (seat.Number <= 2)
                db.Mandates.Add(PreviousMandate(seat, names.Next(), previous));
        }
        AddOffices(db, fullMembers);
        await AddCommissionsAsync(db, fullMembers, collegeOf, term.StartDate);
        await db.SaveChangesAsync();
        if (withAccounts) await AddAccountsAsync(services, fullMembers[20]);
    }

    private static bool IsLeftVacant(Seat seat) =>
        (seat.College.Number, seat.Number) is (3, 6) or (6, 9) or (6, 10) or (1, 11);

    private static bool EndsSoon(Seat seat) => (seat.College.Number, seat.Number) is (2, 4) or (4, 12);

    // The ministry seats are tied to no organisation: each mandate names the ministry's directorate it represents.
    private static bool RepresentsAMinistry(Seat seat) => seat.College.Number == 1 && seat.OrganisationId is null;

    private static async Task<List<Organisation>> DemoMinistriesAsync(AppDb db)
    {
        (string Acronym, string Name)[] directorates =
        [
            ("DGEFP", "Délégation générale à l'emploi et à la formation professionnelle"),
            ("DGESCO", "Direction générale de l'enseignement scolaire"),
            ("DGESIP", "Direction générale de l'enseignement supérieur et de l'insertion professionnelle"),
            ("DPJJ", "Direction de la protection judiciaire de la jeunesse"),
            ("DGS", "Direction générale de la santé"),
            ("DGOS", "Direction générale de l'offre de soins"),
            ("DHUP", "Direction de l'habitat, de l'urbanisme et des paysages"),
            ("DGCL", "Direction générale des collectivités locales"),
            ("DJEPVA", "Direction de la jeunesse, de l'éducation populaire et de la vie associative"),
            ("DGOM", "Direction générale des outre-mer"),
        ];
        var ministries = directorates.Select(d => new Organisation { Acronym = d.Acronym, Name = d.Name, Kind = OrganisationKind.Ministry }).ToList();
        db.Organisations.AddRange(ministries);
        return [await db.Organisations.SingleAsync(o => o.Acronym == "DGCS"), .. ministries];
    }

    private static Mandate Mandate(Seat seat, Person person, Term term, MandateRole role, DateOnly end, Organisation? organisation = null) => new()
    {
        Seat = seat, Person = person, Term = term, Role = role, StartDate = term.StartDate, EndDate = end, Organisation = organisation,
        AppointingAct = "Arrêté du 14 juin 2022 (démonstration)", Status = MandateStatus.Active,
    };

    private static Mandate PreviousMandate(Seat seat, Person person, Term term) => new()
    {
        Seat = seat, Person = person, Term = term, Role = MandateRole.FullMember, StartDate = term.StartDate,
        EndDate = term.EndDate, AppointingAct = "Arrêté du 6 février 2020 (démonstration)",
        Status = seat.Number == 1 ? MandateStatus.Ended : MandateStatus.DeclinedRenewal,
    };

    // Indexes in the full members: the two vice-presidents, then the standing commission (11 of its 12 places,
    // vice-presidents included) and the CEDTS (the vice-presidents and one representative of each college).
    private const int FirstVicePresident = 12, SecondVicePresident = 16;
    private static readonly int[] StandingMembers = [FirstVicePresident, SecondVicePresident, 1, 5, 20, 24, 30, 36, 41, 47, 52];
    private static readonly int[] EthicsRepresentatives = [3, 22, 34, 40, 53, 57];

    private static void AddOffices(AppDb db, List<Person> members)
    {
        db.Offices.Add(new Office { Kind = OfficeKind.VicePresident, Person = members[FirstVicePresident], StartDate = new(2022, 10, 6),
            Note = "Élection par les représentants des collectivités territoriales (démonstration)" });
        db.Offices.Add(new Office { Kind = OfficeKind.VicePresident, Person = members[SecondVicePresident], StartDate = new(2022, 10, 6),
            Note = "Élection par les représentants des professionnels (démonstration)" });
    }

    private static async Task AddCommissionsAsync(AppDb db, List<Person> members, Dictionary<Person, College> collegeOf, DateOnly start)
    {
        var standing = await db.Bodies.SingleAsync(b => b.Slug == ReferenceBodies.StandingCommissionSlug);
        var ethics = await db.Bodies.SingleAsync(b => b.Slug == ReferenceBodies.EthicsCommissionSlug);
        foreach (var i in StandingMembers)
            db.BodyMemberships.Add(new BodyMembership { Body = standing, Person = members[i], StartDate = start });
        foreach (var i in new[] { FirstVicePresident, SecondVicePresident })
            db.BodyMemberships.Add(new BodyMembership { Body = ethics, Person = members[i], StartDate = start });
        foreach (var i in EthicsRepresentatives)
            db.BodyMemberships.Add(new BodyMembership { Body = ethics, Person = members[i], StartDate = start, RepresentedCollege = collegeOf[members[i]] });
    }

    private static async Task AddAccountsAsync(IServiceProvider services, Person member)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        await Create(users, AdministratorEmail, "Administrateur de démonstration", Roles.Administrator, null);
        await Create(users, SecretariatEmail, "Secrétariat de démonstration", Roles.Secretariat, null);
        await Create(users, MemberEmail, member.FullName, Roles.Member, member.Id);
    }

    private static async Task Create(UserManager<AppUser> users, string email, string name, string role, int? personId)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PersonId = personId };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }
}
