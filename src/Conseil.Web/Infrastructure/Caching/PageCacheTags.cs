using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Network;
using Conseil.Web.Features.Programme;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// Which saved records make which cached public pages stale. A public page names its tag in its
/// <c>[OutputCache(PolicyName = PageCache.Policy, Tags = [...])]</c>; a new tag lists here the types the page shows.
/// </summary>
public static class PageCacheTags
{
    /// <summary>The home page and the public composition: the terms, seats, mandates and bodies of the Council.</summary>
    public const string Composition = "composition";

    /// <summary>The public work programmes (/programme): the adopted programmes, their axes, work items and the bodies in charge.</summary>
    public const string Programme = "programme";

    private static readonly Dictionary<string, Type[]> Shown = new()
    {
        [Composition] =
        [
            typeof(Term), typeof(College), typeof(Seat), typeof(Mandate), typeof(Person), typeof(Organisation),
            typeof(Body), typeof(BodyMembership), typeof(Office), typeof(LocalCommittee),
        ],
        [Programme] = [typeof(WorkProgramme), typeof(Axis), typeof(WorkItem), typeof(Body)],
    };

    private static readonly ILookup<Type, string> ByType =
        Shown.SelectMany(tag => tag.Value.Select(type => (type, tag.Key))).ToLookup(p => p.type, p => p.Key);

    public static IEnumerable<string> All => Shown.Keys;

    public static IEnumerable<string> For(Type entityType) => ByType[entityType];
}
