using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Web.Features.Meetings.Votes;

/// <summary>How the secretariat opens the vote on an item, and the members who declared a conflict of interest on it.</summary>
public sealed class OpenVoteInput
{
    [Required(ErrorMessage = "Choisissez le mode de scrutin : à main levée, par appel nominal ou électronique.")]
    public VoteMethod? Method { get; set; }

    [Required(ErrorMessage = "Choisissez la majorité requise.")]
    public MajorityRule? Majority { get; set; }

    public List<int> Conflicted { get; set; } = [];

    /// <summary>The text put to the vote: a version of the item's meeting pack, required when the pack holds one.</summary>
    public int? TextVersionId { get; set; }
}

/// <summary>One vote's choice: the member whose vote it is, and for, against or abstain.</summary>
public sealed class BallotChoice
{
    public int PersonId { get; set; }
    public Choice? Choice { get; set; }
}

/// <summary>The ballots a member casts in one step (their own and the proxy they hold), or the secretariat's roll call.</summary>
public sealed class BallotInput
{
    public List<BallotChoice> Choices { get; set; } = [];
}

/// <summary>Closing the vote: the counts of a show of hands, and the president's casting vote should the votes be equally divided.</summary>
public sealed class CloseVoteInput
{
    [Range(0, 10_000, ErrorMessage = "Le nombre de voix pour doit être un nombre entier positif.")]
    public int? For { get; set; }

    [Range(0, 10_000, ErrorMessage = "Le nombre de voix contre doit être un nombre entier positif.")]
    public int? Against { get; set; }

    [Range(0, 10_000, ErrorMessage = "Le nombre d'abstentions doit être un nombre entier positif.")]
    public int? Abstain { get; set; }

    public Choice? CastingVote { get; set; }
}
