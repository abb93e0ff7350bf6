namespace Conseil.Web.Features.Meetings.Replies;

/// <summary>A person's answer to a convocation: how they attend, or that they cannot, and to whom they give their proxy.</summary>
public sealed class ReplyInput
{
    public ReplyAnswer? Answer { get; set; }

    /// <summary>For a full member who cannot attend: the member of the body who will vote for them.</summary>
    public int? ProxyHolderId { get; set; }
}
