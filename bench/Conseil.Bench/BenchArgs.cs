using System.Globalization;
using Conseil.Web.Data;

namespace Conseil.Bench;

internal static class BenchArgs
{
    public static DatabaseProvider Provider(string value) => Enum.Parse<DatabaseProvider>(value, ignoreCase: true);

    public static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
    }

    public static int Usage()
    {
        Console.Error.WriteLine("""
            Conseil.Bench generate <sqlite|postgres> <connection string> <scale: 1 = realistic, 10 = tenfold>
            Conseil.Bench ceiling-sql <sqlite|postgres> <connection string> <seconds> <workers>
            Conseil.Bench totp <base32 key>
            Conseil.Bench vote-setup <sqlite|postgres> <connection string>
            Conseil.Bench vote-run <base URL> <secretariat's Cookie header> <vote page path> <window in seconds>
            """);
        return 2;
    }
}
