using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Written;

public enum ConsultationStatus
{
    /// <summary>The members vote through the link they received, until the deadline.</summary>
    Open,
    /// <summary>Counted after the deadline: the result is recorded.</summary>
    Closed,
}

/// <summary>
/// A written procedure: between two meetings, the secretariat puts a proposal to the vote of a body's members, each by
/// the personal link e-mailed to them, until a deadline. Counted after it under the body's quorum (of the members who
/// took part) and the majority chosen.
/// </summary>
[DisplayName("Consultation écrite")]
public class WrittenConsultation
{
    public const int MaxTitle = 200;
    public const int MaxProposal = 8000;

    public int Id { get; set; }
    [Display(Name = "Instance")]
    public int BodyId { get; set; }
    public Body Body { get; set; } = null!;
    [Display(Name = "Objet")]
    public required string Title { get; set; }
    [Display(Name = "Proposition soumise au vote")]
    public string Proposal { get; set; } = "";
    [Display(Name = "Majorité requise")]
    public MajorityRule Majority { get; set; }
    [Display(Name = "Ouverte le")]
    public DateTime OpenedAt { get; set; }
    [Display(Name = "Date limite")]
    public DateTime ClosesAt { get; set; }
    [Display(Name = "État")]
    public ConsultationStatus Status { get; set; }
    [Display(Name = "Dépouillée le")]
    public DateTime? ClosedAt { get; set; }
    [Display(Name = "Membres consultés")]
    public int Consulted { get; set; }
    [Display(Name = "Pour")]
    public int For { get; set; }
    [Display(Name = "Contre")]
    public int Against { get; set; }
    [Display(Name = "Abstentions")]
    public int Abstain { get; set; }
    [Display(Name = "Voix requises")]
    public int Required { get; set; }
    /// <summary>Null until counted, and when the members who took part were too few for the body's quorum.</summary>
    [Display(Name = "Résultat")]
    public Outcome? Outcome { get; set; }

    public List<WrittenBallot> Ballots { get; set; } = [];

    public int Voted => For + Against + Abstain;
}

/// <summary>A member's vote in a written procedure: the hash of their personal link, and their choice once cast (once).</summary>
[DisplayName("Vote par consultation écrite")]
public class WrittenBallot
{
    public int Id { get; set; }
    [Display(Name = "Consultation écrite")]
    public int WrittenConsultationId { get; set; }
    public WrittenConsultation WrittenConsultation { get; set; } = null!;
    [Display(Name = "Membre")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Empreinte du lien personnel")]
    public string TokenHash { get; set; } = "";
    [Display(Name = "Choix")]
    public Choice? Choice { get; set; }
    [Display(Name = "Voté le")]
    public DateTime? CastAt { get; set; }
}

public static class ConsultationLabels
{
    public static string Of(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Open => "Ouverte",
        ConsultationStatus.Closed => "Dépouillée",
        _ => status.ToString(),
    };

    /// <summary>« Adoptée : 9 pour, 2 contre, 1 abstention (7 voix requises) », or why no decision was reached.</summary>
    public static string Result(WrittenConsultation c)
    {
        if (c.Status == ConsultationStatus.Open)
            return $"{French.Count(c.Ballots.Count(b => b.Choice is not null), "vote reçu", "votes reçus")} sur {French.Count(c.Consulted, "membre consulté", "membres consultés")}.";
        var counts = $"{c.For} pour, {c.Against} contre, {French.Count(c.Abstain, "abstention", "abstentions")}";
        return c.Outcome switch
        {
            Rules.Outcome.Adopted => $"Adoptée : {counts} ({c.Required} voix requises).",
            Rules.Outcome.Rejected => $"Rejetée : {counts} ({c.Required} voix requises).",
            _ => $"Pas de décision, faute de quorum : {French.Count(c.Voted, "membre a", "membres ont")} pris part au vote sur {c.Consulted}, "
                + $"{c.Required} requis ({counts}).",
        };
    }
}

internal sealed class ConsultationRecords : Infrastructure.Labels.IRecordCatalogue
{
    public void Declare(Infrastructure.Labels.RecordCatalogue catalogue) => catalogue.Values<ConsultationStatus>(ConsultationLabels.Of);
}

internal sealed class WrittenConsultationConfiguration : IEntityTypeConfiguration<WrittenConsultation>
{
    public void Configure(EntityTypeBuilder<WrittenConsultation> b)
    {
        b.ToTable("WrittenConsultations");
        b.Ignore(x => x.Voted);
        b.Property(x => x.Title).HasMaxLength(WrittenConsultation.MaxTitle);
        b.Property(x => x.Proposal).HasMaxLength(WrittenConsultation.MaxProposal);
        b.HasOne(x => x.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.ClosesAt });
        b.HasIndex(x => x.ClosesAt);
    }
}

internal sealed class WrittenBallotConfiguration : IEntityTypeConfiguration<WrittenBallot>
{
    public void Configure(EntityTypeBuilder<WrittenBallot> b)
    {
        b.ToTable("WrittenBallots");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Choice).IsConcurrencyToken();
        b.HasOne(x => x.WrittenConsultation).WithMany(c => c.Ballots).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.WrittenConsultationId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}
