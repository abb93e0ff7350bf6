using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Deliverables.Adoption;

/// <summary>The meeting whose agenda a version is put on, for the vote of its adoption.</summary>
public sealed class PutToVoteInput
{
    [Required(ErrorMessage = "Choisissez la séance où la version sera soumise au vote.")]
    public int? MeetingId { get; set; }
}

/// <summary>The day the adopted text was handed over to its addressees (the ministers who referred it).</summary>
public sealed class HandoverInput
{
    [Required(ErrorMessage = "Indiquez la date de la remise.")]
    public DateOnly? On { get; set; }
}
