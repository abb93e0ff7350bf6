using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// The columns of a file someone uploaded, shared by every entity that keeps one (a document's version, a
/// contribution's attachment): its name as shown, its generated storage name outside the web root, its real type
/// (read from its content), its size and checksum.
/// </summary>
public abstract class UploadedFile
{
    [Display(Name = "Nom du fichier")]
    public required string FileName { get; set; }
    [Display(Name = "Nom de stockage")]
    public required string StorageName { get; set; }
    [Display(Name = "Type de fichier")]
    public required string ContentType { get; set; }
    [Display(Name = "Taille (octets)")]
    public long Size { get; set; }
    [Display(Name = "Empreinte SHA-256")]
    public required string Sha256 { get; set; }
}

public static class UploadedFileConfiguration
{
    public static void HasUploadedFile<T>(this EntityTypeBuilder<T> b) where T : UploadedFile
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.StorageName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(120);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => x.StorageName).IsUnique();
    }
}
