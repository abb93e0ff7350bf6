namespace Conseil.Web.Features.Composition.Api;

public sealed record HolderDto(int MandateId, int PersonId, string Name, string Role, DateOnly StartDate, DateOnly EndDate, string? Organisation);
public sealed record SeatDto(int Id, int Number, string Label, string? Organisation, HolderDto? FullMember, HolderDto? Substitute);
public sealed record CollegeDto(int Id, int Number, string Name, int Quota, string QuotaDetail, bool HasSubstitutes, int Vacant, IReadOnlyList<SeatDto> Seats);
public sealed record OfficeDto(int Id, string Kind, string Label, int PersonId, string Name, DateOnly StartDate, DateOnly? EndDate, string Note);
public sealed record BodyDto(int Id, string Slug, string Name, string Kind, string Description, string CompositionRule, IReadOnlyList<string> Members);
public sealed record TermDto(int Id, string Name, DateOnly StartDate, DateOnly EndDate, string AppointingAct);
public sealed record CompositionDto(DateOnly Day, TermDto? Term, IReadOnlyList<BodyDto> Bodies, IReadOnlyList<CollegeDto> Colleges, IReadOnlyList<OfficeDto> Offices);
public sealed record OrganisationDto(int Id, string Acronym, string Name, string Kind);
public sealed record PersonDto(int Id, string GivenName, string FamilyName, string Gender, string? Email);
public sealed record MandateDto(int Id, int SeatId, int PersonId, int TermId, int? OrganisationId, string Role, DateOnly StartDate, DateOnly EndDate, string AppointingAct, string Status);

/// <summary>Entity → API shape, by hand: the API never exposes entities.</summary>
public static class CompositionMapping
{
    public static TermDto ToDto(this Term t) => new(t.Id, t.Name, t.StartDate, t.EndDate, t.AppointingAct);
    public static OrganisationDto ToDto(this Organisation o) => new(o.Id, o.Acronym, o.Name, o.Kind.ToString());
    public static PersonDto ToDto(this Person p) => new(p.Id, p.GivenName, p.FamilyName, p.Gender.ToString(), p.Email);
    public static MandateDto ToDto(this Mandate m) =>
        new(m.Id, m.SeatId, m.PersonId, m.TermId, m.OrganisationId, m.Role.ToString(), m.StartDate, m.EndDate, m.AppointingAct, m.Status.ToString());
    public static OfficeDto ToDto(this Office o) =>
        new(o.Id, o.Kind.ToString(), OfficeLabels.Of(o), o.PersonId, o.Person.FullName, o.StartDate, o.EndDate, o.Note);

    public static CompositionDto ToDto(this CompositionView v) => new(
        v.Day,
        v.Term?.ToDto(),
        v.Bodies.Select(b => new BodyDto(b.Id, b.Slug, b.Name, b.Kind.ToString(), b.Description, b.CompositionRule,
            v.Memberships.Where(m => m.BodyId == b.Id).Select(m => m.Person.FullName).ToList())).ToList(),
        v.Colleges.Select(c => new CollegeDto(c.College.Id, c.College.Number, c.College.Name, c.College.Quota, c.College.QuotaDetail,
            c.College.HasSubstitutes, c.Vacant, c.Seats.Select(ToDto).ToList())).ToList(),
        v.Offices.Select(ToDto).ToList());

    private static SeatDto ToDto(SeatView s) =>
        new(s.Seat.Id, s.Seat.Number, s.Seat.Label, s.Seat.Organisation?.Acronym, Holder(s.FullMember), Holder(s.Substitute));

    private static HolderDto? Holder(Mandate? m) => m is null ? null
        : new(m.Id, m.PersonId, m.Person.FullName, m.Role.ToString(), m.StartDate, m.EndDate, m.Organisation?.Acronym);
}
