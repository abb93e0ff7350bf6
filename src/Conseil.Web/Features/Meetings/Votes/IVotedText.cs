namespace Conseil.Web.Features.Meetings.Votes;

/// <summary>
/// A text an agenda item puts to the vote beyond the meeting pack (a deliverable's version, for its adoption), declared
/// by the feature that owns it: its hash, recorded when the vote opens, and what an adopted outcome records in the
/// same transaction as the close.
/// </summary>
public interface IVotedText
{
    /// <summary>The SHA-256 of the text the item puts to the vote, or null when the item puts none of this kind.</summary>
    Task<string?> HashAsync(AgendaItem item, CancellationToken ct);

    /// <summary>Records the adoption of the text the vote was bound to; returns why it cannot be, or null.</summary>
    Task<string?> AdoptAsync(AgendaItem item, Vote vote, CancellationToken ct);
}
