using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Web.Features.Meetings.Votes;

public enum VoteMethod
{
    /// <summary>À main levée: the secretariat enters the counts.</summary>
    ShowOfHands,
    /// <summary>Par appel nominal: the secretariat records each member's vote by name.</summary>
    RollCall,
    /// <summary>Vote électronique: each member present votes from their own device during the meeting.</summary>
    Electronic,
}

public enum VoteStatus
{
    Open,
    Closed,
}

/// <summary>
/// The vote on an agenda item. Opening it freezes who may vote (one <see cref="Ballot"/> per vote counted: a member's
/// own, or that of a member they represent); closing it refuses any later ballot and records the tally and the outcome.
/// </summary>
[DisplayName("Vote")]
public class Vote
{
    public int Id { get; set; }
    [Display(Name = "Point de l'ordre du jour")]
    public int AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    [Display(Name = "Mode de scrutin")]
    public VoteMethod Method { get; set; }
    [Display(Name = "Majorité requise")]
    public MajorityRule Majority { get; set; }
    [Display(Name = "État")]
    public VoteStatus Status { get; set; }
    [Display(Name = "Ouvert le")]
    public DateTime OpenedAt { get; set; }
    [Display(Name = "Clos le")]
    public DateTime? ClosedAt { get; set; }
    [Display(Name = "Votants habilités")]
    public int Entitled { get; set; }
    [Display(Name = "Pour")]
    public int For { get; set; }
    [Display(Name = "Contre")]
    public int Against { get; set; }
    [Display(Name = "Abstentions")]
    public int Abstain { get; set; }
    [Display(Name = "Voix requises")]
    public int Required { get; set; }
    [Display(Name = "Résultat")]
    public Outcome? Outcome { get; set; }
    [Display(Name = "Voix prépondérante du président")]
    public Choice? CastingVote { get; set; }
    [Display(Name = "Décidé par la voix prépondérante")]
    public bool ByCastingVote { get; set; }

    /// <summary>The version of the text put to the vote, from the item's meeting pack, and its SHA-256 as it was when the vote opened.</summary>
    [Display(Name = "Texte soumis au vote")]
    public int? TextVersionId { get; set; }
    [Display(Name = "Empreinte SHA-256 du texte soumis au vote")]
    public string TextSha256 { get; set; } = "";

    public List<Ballot> Ballots { get; set; } = [];

    public Tally Tally => new(For, Against, Abstain, Entitled);
}

/// <summary>
/// One vote counted on an item: that of <see cref="PersonId"/>, cast by <see cref="HolderId"/> (the member themself, or
/// the holder of their proxy). Created when the vote opens, its choice set once: a second ballot is refused.
/// </summary>
[DisplayName("Bulletin de vote")]
public class Ballot
{
    public int Id { get; set; }
    [Display(Name = "Vote")]
    public int VoteId { get; set; }
    public Vote Vote { get; set; } = null!;
    [Display(Name = "Membre")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Votant")]
    public int HolderId { get; set; }
    public Person Holder { get; set; } = null!;
    [Display(Name = "Choix")]
    public Choice? Choice { get; set; }
    [Display(Name = "Exprimé le")]
    public DateTime? CastAt { get; set; }

    public bool IsProxy => PersonId != HolderId;
}

/// <summary>A member's declared personal interest in an agenda item: they take no part in its vote (CRPA R133-12).</summary>
[DisplayName("Conflit d'intérêts déclaré")]
public class ConflictOfInterest
{
    public int Id { get; set; }
    [Display(Name = "Point de l'ordre du jour")]
    public int AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    [Display(Name = "Membre")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Déclaré le")]
    public DateTime DeclaredAt { get; set; }
}
