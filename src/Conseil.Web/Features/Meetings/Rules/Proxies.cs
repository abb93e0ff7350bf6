namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>A proxy a member who cannot attend gives to another member of the same body.</summary>
public sealed record Proxy(int GiverId, int HolderId);

public static class Proxies
{
    /// <summary>At most one proxy held per member, unless the body's rules say otherwise (CRPA R133-13).</summary>
    public const int DefaultMaxHeld = 1;

    /// <summary>
    /// Why a proxy cannot be given, in French, or null when it can: the holder must be another member of the same
    /// body, and hold no more proxies than the body allows. A member who gave a proxy gives another only after
    /// withdrawing it, so that no vote is counted twice.
    /// </summary>
    public static string? Refusal(Proxy proxy, IReadOnlySet<int> members, IReadOnlyCollection<Proxy> given, int maxHeld = DefaultMaxHeld,
        Func<int, string>? nameOf = null)
    {
        var name = nameOf ?? (_ => "Ce membre");
        if (!members.Contains(proxy.GiverId)) return "Seul un membre de l'instance peut donner une procuration.";
        if (maxHeld == 0) return "Les règles de cette instance n'admettent pas de procuration : chaque membre vote en personne.";
        if (proxy.HolderId == proxy.GiverId) return "Un membre ne peut pas se donner procuration à lui-même.";
        if (!members.Contains(proxy.HolderId))
            return "La procuration ne peut être donnée qu'à un autre membre de la même instance.";
        if (given.Any(p => p.GiverId == proxy.GiverId))
            return "Une procuration est déjà donnée pour ce membre : retirez-la avant d'en donner une autre.";
        if (given.Any(p => p.GiverId == proxy.HolderId))
            return $"{name(proxy.HolderId)} a lui-même donné procuration : choisissez un membre qui assiste à la séance.";
        var held = given.Count(p => p.HolderId == proxy.HolderId);
        if (held >= maxHeld)
            return maxHeld == 1
                ? $"{name(proxy.HolderId)} détient déjà une procuration : un membre n'en détient qu'une à la fois."
                : $"{name(proxy.HolderId)} détient déjà {maxHeld} procurations, le nombre maximal fixé pour cette instance.";
        return null;
    }
}
