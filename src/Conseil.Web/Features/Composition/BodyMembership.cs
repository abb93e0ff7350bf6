namespace Conseil.Web.Features.Composition;

public enum BodyRole
{
    Member,
    CoLead,
    Rapporteur,
}

/// <summary>A person's place in a body other than the plenary (standing commission, CEDTS, working group, expert panel).</summary>
public class BodyMembership
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public BodyRole Role { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
