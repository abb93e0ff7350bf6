using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Programme;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// A call for contributions: the secretariat opens a dossier under instruction, or an axis of an adopted programme,
/// to written contributions through the public form. Opening it makes its name public; the form offers it from
/// <see cref="OpensOn"/> to <see cref="ClosesOn"/> (included), and a dossier only while it is being instructed.
/// </summary>
[DisplayName("Appel à contributions")]
public class ContributionCall
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int? DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    [Display(Name = "Axe du programme")]
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }

    /// <summary>What the council asks for, shown on the public form under the dossier's or the axis's name.</summary>
    [Display(Name = "Présentation de l'appel")]
    public string Invitation { get; set; } = "";
    [Display(Name = "Ouvert le")]
    public DateOnly OpensOn { get; set; }

    /// <summary>The last day contributions are received; null while the secretariat has set no end.</summary>
    [Display(Name = "Clôture le")]
    public DateOnly? ClosesOn { get; set; }

    public bool IsOpenOn(DateOnly day) => OpensOn <= day && (ClosesOn is null || day <= ClosesOn);

    /// <summary>The states in which a dossier receives contributions: accepted and not yet adopted.</summary>
    public static readonly DossierState[] OpenStates = [DossierState.Accepted, DossierState.UnderExamination, DossierState.Drafting];
}
