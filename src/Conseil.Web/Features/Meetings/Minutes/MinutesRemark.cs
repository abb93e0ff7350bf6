using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Minutes;

/// <summary>
/// A remark a person the meeting convened makes on its circulated procès-verbal, on one agenda item or on the whole
/// text, before its approval. Read by its author and the secretariat, who redrafts the minutes in its light.
/// </summary>
[DisplayName("Observation sur un procès-verbal")]
public class MinutesRemark
{
    public const int MaxText = 4000;

    public int Id { get; set; }
    [Display(Name = "Procès-verbal")]
    public int MeetingMinutesId { get; set; }
    public MeetingMinutes MeetingMinutes { get; set; } = null!;
    [Display(Name = "Auteur")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    /// <summary>The agenda item the remark concerns; null for the procès-verbal as a whole.</summary>
    [Display(Name = "Point de l'ordre du jour")]
    public int? AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    [Display(Name = "Observation")]
    public string Text { get; set; } = "";
    [Display(Name = "Faite le")]
    public DateTime MadeAt { get; set; }
}

internal sealed class MinutesRemarkConfiguration : IEntityTypeConfiguration<MinutesRemark>
{
    public void Configure(EntityTypeBuilder<MinutesRemark> b)
    {
        b.ToTable("MinutesRemarks");
        b.Property(x => x.Text).HasMaxLength(MinutesRemark.MaxText);
        b.HasOne(x => x.MeetingMinutes).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.AgendaItem).WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MeetingMinutesId, x.MadeAt });
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.AgendaItemId);
    }
}
