using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;

namespace Conseil.Web.Features.Composition;

public enum BodyRole
{
    Member,
    CoLead,
    Rapporteur,
}

/// <summary>A person's place in a body other than the plenary (standing commission, CEDTS, working group, expert panel).</summary>
[DisplayName("Participation à une instance")]
public class BodyMembership
{
    public int Id { get; set; }
    [Display(Name = "Instance")]
    public int BodyId { get; set; }
    public Body Body { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Rôle")]
    public BodyRole Role { get; set; }
    [Display(Name = "Date de début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Date de fin")]
    public DateOnly? EndDate { get; set; }

    /// <summary>
    /// The college this member represents in a body with one representative per college (CEDTS), fixed when
    /// the member joins: a later change of mandate cannot give a college a second representative.
    /// </summary>
    [Display(Name = "Collège représenté")]
    public int? RepresentedCollegeId { get; set; }
    public College? RepresentedCollege { get; set; }

    /// <summary>
    /// Whether the participation still holds a place on that day or after: open, or ending later. A
    /// participation ended on a day frees its place that very day, so a successor may start then.
    /// </summary>
    public static Expression<Func<BodyMembership, bool>> HoldsPlaceOn(DateOnly day) => m => m.EndDate == null || day < m.EndDate;
}
