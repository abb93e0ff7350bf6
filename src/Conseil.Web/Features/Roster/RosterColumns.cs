namespace Conseil.Web.Features.Roster;

public sealed record RosterColumn(string Name, bool Required, string Description, string Example);

/// <summary>The columns of a roster file, documented on the import page and written in the template.</summary>
public static class RosterColumns
{
    public const string College = "college";
    public const string Seat = "siege";
    public const string Role = "role";
    public const string FamilyName = "nom";
    public const string GivenName = "prenom";
    public const string Gender = "genre";
    public const string Email = "courriel";
    public const string Organisation = "organisme";
    public const string Start = "debut";
    public const string End = "fin";
    public const string Term = "mandature";
    public const string Act = "acte";
    public const string Status = "statut";

    public static readonly IReadOnlyList<RosterColumn> All =
    [
        new(College, true, "Numéro du collège, de 1 à 6", "2"),
        new(Seat, true, "Numéro du siège dans le collège", "1"),
        new(Role, true, "titulaire ou suppléant", "titulaire"),
        new(FamilyName, true, "Nom de famille", "Durand"),
        new(GivenName, true, "Prénom", "Élise"),
        new(Gender, false, "F, H ou vide", "F"),
        new(Email, false, "Adresse électronique", "elise.durand@exemple.fr"),
        new(Organisation, false, "Sigle d'un organisme connu (ANAS, CNAF…)", "ANAS"),
        new(Start, true, "Date de début, jj/mm/aaaa", "14/06/2022"),
        new(End, true, "Date de fin, jj/mm/aaaa", "13/06/2027"),
        new(Term, true, "Nom de la mandature", "2022–2027"),
        new(Act, false, "Référence de l'acte de nomination", "Arrêté du 14 juin 2022"),
        new(Status, false, "actif, terminé, non renouvelé, démission ou décès (actif par défaut)", "actif"),
    ];

    /// <summary>A ready-to-fill file: header and one example line, UTF-8 with BOM so Excel shows the accents.</summary>
    public static string Template() =>
        string.Join(';', All.Select(c => c.Name)) + "\r\n" + string.Join(';', All.Select(c => c.Example)) + "\r\n";
}
