using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Dossiers;

/// <summary>A referral as the secretariat records it: what it asks, who asks it, for when, and who answers.</summary>
public sealed class ReferralInput
{
    public const int MaxQuestions = 30, MaxThemes = 20;

    [Required(ErrorMessage = "Indiquez l'intitulé du dossier."), StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Name { get; set; }

    public ReferralKind Kind { get; set; }

    [Required(ErrorMessage = "Indiquez la date de réception de la saisine.")]
    public DateOnly? ReceivedOn { get; set; }

    public DateOnly? Deadline { get; set; }

    public int? BodyId { get; set; }

    public int? AxisId { get; set; }

    [StringLength(4000, ErrorMessage = "Le résumé ne doit pas dépasser 4 000 caractères.")]
    public string? Summary { get; set; }

    /// <summary>The referring ministries: organisations of kind Ministry.</summary>
    public List<int> MinistryIds { get; set; } = [];

    /// <summary>The questions, in the letter's order (blank lines are ignored).</summary>
    public List<LineInput> Questions { get; set; } = [];

    /// <summary>The themes the instruction covers, which hearings are tagged with (blank lines are ignored).</summary>
    public List<LineInput> Themes { get; set; } = [];

    public static ReferralInput From(Dossier d) => new()
    {
        Name = d.Name, Kind = d.Kind, ReceivedOn = d.ReceivedOn, Deadline = d.Deadline, BodyId = d.BodyId, AxisId = d.AxisId, Summary = d.Summary,
        MinistryIds = [.. d.Ministries.Select(m => m.OrganisationId)],
        Questions = [.. d.Questions.OrderBy(q => q.Number).Select(q => new LineInput { Id = q.Id, Text = q.Text })],
        Themes = [.. d.Themes.OrderBy(t => t.Number).Select(t => new LineInput { Id = t.Id, Text = t.Name })],
    };
}

/// <summary>A line of a numbered list (a question, a theme): its id once saved, so editing keeps what refers to it.</summary>
public sealed class LineInput
{
    public int? Id { get; set; }

    public string? Text { get; set; }
}

/// <summary>A move of the dossier's state, as the secretariat records it.</summary>
public sealed class MoveInput
{
    /// <summary>The state the page showed: a move recorded meanwhile by someone else makes this one stale.</summary>
    [Required(ErrorMessage = "L'état actuel du dossier manque : rechargez la page.")]
    public DossierState? From { get; set; }

    [Required(ErrorMessage = "Choisissez le nouvel état du dossier.")]
    public DossierState? To { get; set; }

    [Required(ErrorMessage = "Indiquez la date du changement d'état.")]
    public DateOnly? On { get; set; }

    [StringLength(2000, ErrorMessage = "Le commentaire ne doit pas dépasser 2 000 caractères.")]
    public string? Comment { get; set; }
}
