using System.Security.Cryptography;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The receipt number of a contribution, « HCTS-7KQ2-M9XD »: random (it says nothing of how many were received),
/// without the letters and digits read one for the other (0/O, 1/I/L), easy to quote on the telephone.
/// </summary>
public static class Receipts
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"HCTS-{code[..4]}-{code[4..]}";
    }
}
