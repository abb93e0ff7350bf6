using Conseil.Web.Features.Composition;

namespace Conseil.Web.Data.Seed;

/// <summary>Fictitious, deterministic names for demo people, alternating women and men.</summary>
public sealed class DemoNames
{
    private static readonly string[] Women =
        ["Claire", "Nadia", "Sophie", "Aminata", "Hélène", "Julie", "Fatima", "Isabelle", "Camille", "Léa", "Mireille", "Océane", "Agnès"];
    private static readonly string[] Men =
        ["Thomas", "Karim", "Julien", "Pierre", "Mamadou", "Olivier", "Yann", "Benoît", "Hugo", "Rachid", "Éric"];
    private static readonly string[] Families =
        ["Martin", "Bernard", "Lefèvre", "Moreau", "Garnier", "Chevalier", "Benali", "Roux", "Fontaine", "Lemoine",
         "Girard", "Mercier", "Diallo", "Faure", "Rousseau", "Blanchard", "Guérin", "Perrin", "Morel", "Nguyen",
         "Caron", "Barbier", "Arnaud", "Dumas", "Renaud", "Lacroix", "Picard", "Gauthier", "Boyer", "Hoarau"];

    private int count;

    public Person Next()
    {
        var i = count++;
        var woman = i % 2 == 0;
        var given = woman ? Women[i / 2 % Women.Length] : Men[i / 2 % Men.Length];
        return new Person
        {
            GivenName = given,
            FamilyName = Families[(i * 7) % Families.Length],
            Gender = woman ? Gender.Female : Gender.Male,
            Email = $"{Slug(given)}.{Slug(Families[(i * 7) % Families.Length])}.{i}@demo.conseil.test",
            IsDemo = true,
        };
    }

    private static string Slug(string s) =>
        new(s.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetter(c))
            .Select(char.ToLowerInvariant).ToArray());
}
