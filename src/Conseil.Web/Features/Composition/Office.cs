namespace Conseil.Web.Features.Composition;

public enum OfficeKind
{
    President,
    VicePresident,
    SecretaryGeneral,
}

/// <summary>An office held in the council (president, vice-president, secretary general), with its dates.</summary>
public class Office
{
    public int Id { get; set; }
    public OfficeKind Kind { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>How the holder came to office: "nommée par décret", "élu par les représentants des collectivités"…</summary>
    public string Note { get; set; } = "";

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || day <= EndDate);
}
