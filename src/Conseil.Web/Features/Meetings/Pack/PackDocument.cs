using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Pack;

/// <summary>
/// A document of the meeting pack: the exact version of a document of the item's dossier put before the meeting under
/// an agenda item. Whoever enters the meeting reads it there, even outside the dossier's working groups.
/// </summary>
[DisplayName("Document du dossier de séance")]
public class PackDocument
{
    public int Id { get; set; }
    [Display(Name = "Point de l'ordre du jour")]
    public int AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    [Display(Name = "Version de document")]
    public int DocumentVersionId { get; set; }
    public DocumentVersion DocumentVersion { get; set; } = null!;
    [Display(Name = "Joint le")]
    public DateTime AddedAt { get; set; }
}

internal sealed class PackDocumentConfiguration : IEntityTypeConfiguration<PackDocument>
{
    public void Configure(EntityTypeBuilder<PackDocument> b)
    {
        b.ToTable("PackDocuments");
        b.HasOne(x => x.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.DocumentVersion).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.AgendaItemId, x.DocumentVersionId }).IsUnique();
        b.HasIndex(x => x.DocumentVersionId);
    }
}
