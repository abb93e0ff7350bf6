using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Replies;

/// <summary>What a person convened answers before the meeting.</summary>
public enum ReplyAnswer
{
    InPerson,
    Remote,
    /// <summary>Cannot attend: a full member may give their proxy; the substitute of their seat is convened in their place.</summary>
    CannotAttend,
}

/// <summary>
/// A person's answer to a meeting's convocation, and the member they give their proxy to when they cannot attend. It is
/// what they announce: the secretariat's attendance sheet starts from it and records, on the day, what happened.
/// </summary>
[DisplayName("Réponse à une convocation")]
public class ConvocationReply
{
    public int Id { get; set; }
    [Display(Name = "Séance")]
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Réponse")]
    public ReplyAnswer Answer { get; set; }
    [Display(Name = "Procuration donnée à")]
    public int? ProxyHolderId { get; set; }
    public Person? ProxyHolder { get; set; }
    [Display(Name = "Répondu le")]
    public DateTime RepliedAt { get; set; }

    /// <summary>The line the attendance sheet proposes before the secretariat records the day.</summary>
    public Presence Announced => Answer switch
    {
        ReplyAnswer.InPerson => Presence.Present,
        ReplyAnswer.Remote => Presence.Remote,
        _ => ProxyHolderId is null ? Presence.Excused : Presence.Represented,
    };
}

public static class ReplyLabels
{
    public static string Of(ReplyAnswer answer) => answer switch
    {
        ReplyAnswer.InPerson => "Sur place",
        ReplyAnswer.Remote => "À distance",
        ReplyAnswer.CannotAttend => "Ne pourra pas assister",
        _ => answer.ToString(),
    };

    /// <summary>« 5 réponses sur 12 : 3 sur place, 1 à distance, 1 ne pourra pas assister (1 procuration donnée). »</summary>
    public static string Summary(IReadOnlyCollection<ConvocationReply> replies, int convened)
    {
        if (replies.Count == 0) return $"Aucune réponse à la convocation pour l'instant ({French.Count(convened, "personne convoquée", "personnes convoquées")}).";
        var counts = Enum.GetValues<ReplyAnswer>().Select(a => (Answer: a, Count: replies.Count(r => r.Answer == a))).Where(c => c.Count > 0)
            .Select(c => c.Answer switch
            {
                ReplyAnswer.InPerson => $"{c.Count} sur place",
                ReplyAnswer.Remote => $"{c.Count} à distance",
                _ => $"{c.Count} {(c.Count == 1 ? "ne pourra pas" : "ne pourront pas")} assister",
            });
        var proxies = replies.Count(r => r.ProxyHolderId is not null);
        return $"{French.Count(replies.Count, "réponse", "réponses")} sur {French.Count(convened, "personne convoquée", "personnes convoquées")} : {string.Join(", ", counts)}"
            + (proxies > 0 ? $" ({French.Count(proxies, "procuration donnée", "procurations données")})." : ".");
    }

    /// <summary>The answer as the person convened chooses it, in the first person.</summary>
    public static string Choice(ReplyAnswer answer) => answer switch
    {
        ReplyAnswer.InPerson => "Je serai présent(e) sur place",
        ReplyAnswer.Remote => "Je participerai à distance",
        _ => "Je ne pourrai pas assister à la séance",
    };

    /// <summary>The answer as the person who gave it reads it back: « je participerai à distance ».</summary>
    public static string Mine(ReplyAnswer answer) => "j" + Choice(answer)[1..];
}

internal sealed class ReplyRecords : Infrastructure.Labels.IRecordCatalogue
{
    public void Declare(Infrastructure.Labels.RecordCatalogue catalogue) => catalogue.Values<ReplyAnswer>(ReplyLabels.Of);
}

internal sealed class ConvocationReplyConfiguration : IEntityTypeConfiguration<ConvocationReply>
{
    public void Configure(EntityTypeBuilder<ConvocationReply> b)
    {
        b.Ignore(x => x.Announced);
        b.HasOne(x => x.Meeting).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ProxyHolder).WithMany().HasForeignKey(x => x.ProxyHolderId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.MeetingId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.ProxyHolderId);
    }
}
