using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

/// <summary>The secretariat's changes to the composition, for the pages and the API alike.</summary>
public sealed class CompositionEditor(AppDb db)
{
    public async Task<WriteResult<Person>> SavePersonAsync(int? id, PersonInput input, CancellationToken ct)
    {
        var person = id is null ? new Person { GivenName = "", FamilyName = "" } : await db.People.FindAsync([id.Value], ct);
        if (person is null) return WriteResult<Person>.NotFound();
        person.GivenName = input.GivenName!.Trim();
        person.FamilyName = input.FamilyName!.Trim();
        person.Gender = input.Gender;
        person.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (id is null) db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return WriteResult<Person>.Saved(person);
    }

    public async Task<WriteResult<Organisation>> SaveOrganisationAsync(int? id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = id is null ? new Organisation { Acronym = "", Name = "" } : await db.Organisations.FindAsync([id.Value], ct);
        if (organisation is null) return WriteResult<Organisation>.NotFound();
        var acronym = input.Acronym!.Trim();
        if (await db.Organisations.AnyAsync(o => o.Acronym == acronym && o.Id != organisation.Id, ct))
            return WriteResult<Organisation>.Invalid(nameof(input.Acronym), $"Un organisme porte déjà le sigle « {acronym} ».");
        organisation.Acronym = acronym;
        organisation.Name = input.Name!.Trim();
        organisation.Kind = input.Kind;
        organisation.Article = input.Article;
        if (id is null) db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return WriteResult<Organisation>.Saved(organisation);
    }

    public async Task<WriteResult<Seat>> AddSeatAsync(SeatInput input, CancellationToken ct)
    {
        var college = await db.Colleges.Include(c => c.Seats).SingleOrDefaultAsync(c => c.Id == input.CollegeId, ct);
        if (college is null) return WriteResult<Seat>.Invalid(nameof(input.CollegeId), "Ce collège n'existe pas.");
        if (college.Seats.Count >= college.Quota)
            return WriteResult<Seat>.Invalid(nameof(input.CollegeId),
                $"Le collège « {college.Name} » a déjà {French.Count(college.Seats.Count, "siège", "sièges")} pour un quota de {college.Quota} : relevez d'abord son quota.");
        if (input.OrganisationId is not null && !await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, ct))
            return WriteResult<Seat>.Invalid(nameof(input.OrganisationId), "Cet organisme n'existe pas.");
        var seat = new Seat
        {
            CollegeId = college.Id, Label = input.Label!.Trim(), OrganisationId = input.OrganisationId,
            Number = college.Seats.Count == 0 ? 1 : college.Seats.Max(s => s.Number) + 1,
        };
        db.Seats.Add(seat);
        await db.SaveChangesAsync(ct);
        return WriteResult<Seat>.Saved(seat);
    }

    public async Task<WriteResult<College>> SetQuotaAsync(int collegeId, QuotaInput input, CancellationToken ct)
    {
        var college = await db.Colleges.FindAsync([collegeId], ct);
        if (college is null) return WriteResult<College>.NotFound();
        var seats = await db.Seats.CountAsync(s => s.CollegeId == collegeId, ct);
        if (input.Quota < seats)
            return WriteResult<College>.Invalid(nameof(input.Quota), $"Le collège compte déjà {seats} sièges : son quota ne peut pas être inférieur.");
        college.Quota = input.Quota!.Value;
        await db.SaveChangesAsync(ct);
        return WriteResult<College>.Saved(college);
    }

    public async Task<WriteResult<Term>> SaveTermAsync(int? id, TermInput input, CancellationToken ct)
    {
        if (input.EndDate < input.StartDate)
            return WriteResult<Term>.Invalid(nameof(input.EndDate), "La date de fin doit être postérieure ou égale à la date de début.");
        var term = id is null ? new Term { Name = "" } : await db.Terms.FindAsync([id.Value], ct);
        if (term is null) return WriteResult<Term>.NotFound();
        var name = input.Name!.Trim();
        if (await db.Terms.AnyAsync(t => t.Name == name && t.Id != term.Id, ct))
            return WriteResult<Term>.Invalid(nameof(input.Name), $"Une mandature s'appelle déjà « {name} ».");
        term.Name = name;
        term.StartDate = input.StartDate!.Value;
        term.EndDate = input.EndDate!.Value;
        term.AppointingAct = input.AppointingAct?.Trim() ?? "";
        if (id is null) db.Terms.Add(term);
        await db.SaveChangesAsync(ct);
        return WriteResult<Term>.Saved(term);
    }

    public async Task<WriteResult<Office>> SaveOfficeAsync(int? id, OfficeInput input, CancellationToken ct)
    {
        if (input.EndDate is not null && input.EndDate < input.StartDate)
            return WriteResult<Office>.Invalid(nameof(input.EndDate), "La date de fin doit être postérieure ou égale à la date de début.");
        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, ct))
            return WriteResult<Office>.Invalid(nameof(input.PersonId), "Cette personne n'existe pas.");
        var office = id is null ? new Office() : await db.Offices.FindAsync([id.Value], ct);
        if (office is null) return WriteResult<Office>.NotFound();
        office.Kind = input.Kind!.Value;
        office.PersonId = input.PersonId!.Value;
        office.StartDate = input.StartDate!.Value;
        office.EndDate = input.EndDate;
        office.Note = input.Note?.Trim() ?? "";
        if (id is null) db.Offices.Add(office);
        await db.SaveChangesAsync(ct);
        return WriteResult<Office>.Saved(office);
    }

    public async Task<WriteResult<Body>> SaveBodyAsync(int id, BodyInput input, CancellationToken ct)
    {
        var body = await db.Bodies.FindAsync([id], ct);
        if (body is null) return WriteResult<Body>.NotFound();
        body.Name = input.Name!.Trim();
        body.Description = input.Description?.Trim() ?? "";
        body.CompositionRule = input.CompositionRule?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return WriteResult<Body>.Saved(body);
    }
}
