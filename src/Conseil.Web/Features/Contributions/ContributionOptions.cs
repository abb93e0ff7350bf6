namespace Conseil.Web.Features.Contributions;

/// <summary>Section "Contributions": how much the public form accepts, and how often.</summary>
public sealed class ContributionOptions
{
    public const string Section = "Contributions";

    /// <summary>The form has this many attachment fields (Attachment1…3).</summary>
    public const int MaxAttachments = 3;

    public const int MaxTextLength = 20000;

    /// <summary>The largest attachment, in bytes: 10 Mo by default.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Contributions sent from one address within <see cref="Window"/> (RateLimits:ContributionsPerTenMinutes).</summary>
    public int PostsPerWindow { get; set; } = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
}
