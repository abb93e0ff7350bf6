using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// A document of the dossier attached to a hearing (its minutes, a note the person heard left): the document stays the
/// dossier's, in its versions, and one document may serve several hearings (a joint hearing's minutes).
/// </summary>
[DisplayName("Document d'une audition")]
public class HearingDocument
{
    public int Id { get; set; }
    [Display(Name = "Audition")]
    public int HearingId { get; set; }
    public Hearing Hearing { get; set; } = null!;
    [Display(Name = "Document")]
    public int DocumentId { get; set; }
    public DossierDocument Document { get; set; } = null!;
}

internal sealed class HearingDocumentConfiguration : IEntityTypeConfiguration<HearingDocument>
{
    public void Configure(EntityTypeBuilder<HearingDocument> b)
    {
        // No DbSet in AppDb (the feature reads it with db.Set<HearingDocument>()): the table is named as the others.
        b.ToTable("HearingDocuments");
        b.HasOne(x => x.Hearing).WithMany().HasForeignKey(x => x.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.HearingId, x.DocumentId }).IsUnique();
    }
}
