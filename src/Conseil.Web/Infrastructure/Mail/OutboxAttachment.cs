using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>A file sent with a message (an invitation to a meeting), stored with it and deleted with it.</summary>
[PersonalDataSubjects("Destinataires des courriels de la plateforme : membres, comptes de l'espace de travail")]
[DisplayName("Pièce jointe d'un courriel")]
public class OutboxAttachment
{
    public int Id { get; set; }
    [Display(Name = "Courriel")]
    public int OutboxMessageId { get; set; }
    [Display(Name = "Nom du fichier")]
    public required string FileName { get; set; }
    /// <summary>With its parameters, e.g. "text/calendar; method=REQUEST; charset=utf-8".</summary>
    [Display(Name = "Type de fichier")]
    public required string ContentType { get; set; }

    [PersonalData("Envoi des courriels de la plateforme", Category = "Identité et contenu du message", Retention = RetentionKind.OutboxMail)]
    [Display(Name = "Contenu de la pièce jointe")]
    public required byte[] Content { get; set; }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> b)
    {
        b.ToTable("OutboxAttachments");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasOne<OutboxMessage>().WithMany(m => m.Attachments).HasForeignKey(x => x.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
