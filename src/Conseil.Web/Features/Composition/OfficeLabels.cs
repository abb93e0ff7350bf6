namespace Conseil.Web.Features.Composition;

public static class OfficeLabels
{
    public static string Of(Office office) => office.Kind switch
    {
        OfficeKind.President => office.Person.Gender == Gender.Female ? "Présidente" : "Président",
        OfficeKind.VicePresident => office.Person.Gender == Gender.Female ? "Vice-présidente" : "Vice-président",
        _ => office.Person.Gender == Gender.Female ? "Secrétaire générale" : "Secrétaire général",
    };

    public static string Of(OfficeKind kind) => kind switch
    {
        OfficeKind.President => "Présidence",
        OfficeKind.VicePresident => "Vice-présidence",
        _ => "Secrétariat général",
    };
}
