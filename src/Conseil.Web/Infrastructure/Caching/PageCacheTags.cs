using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Network;
using Conseil.Web.Features.Programme;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// Which saved records make which cached public pages and shared reads (<see cref="ReadCache"/>) stale. A public page
/// names its tag in its <c>[OutputCache(PolicyName = PageCache.Policy, Tags = [...])]</c>, a shared read in its
/// <c>ReadCache.GetOrReadAsync</c>; a new tag lists here the types it shows. Saving an account evicts its own tag
/// (<see cref="Account"/>): its session state.
/// </summary>
public static class PageCacheTags
{
    /// <summary>The home page and the public composition: the terms, seats, mandates and bodies of the Council.</summary>
    public const string Composition = "composition";

    /// <summary>The public work programmes (/programme): the adopted programmes, their axes, work items and the bodies in charge.</summary>
    public const string Programme = "programme";

    /// <summary>The public calendar (/seances) and the published minutes: the public meetings, their agenda, attendance, votes and minutes.</summary>
    public const string Meetings = "seances";

    private static readonly Dictionary<string, Type[]> Shown = new()
    {
        [Composition] =
        [
            typeof(Term), typeof(College), typeof(Seat), typeof(Mandate), typeof(Person), typeof(Organisation),
            typeof(Body), typeof(BodyMembership), typeof(Office), typeof(LocalCommittee),
        ],
        [Programme] = [typeof(WorkProgramme), typeof(Axis), typeof(WorkItem), typeof(Body)],
        [Meetings] =
        [
            typeof(Meeting), typeof(AgendaItem), typeof(Body), typeof(Attendance), typeof(Vote), typeof(MeetingMinutes), typeof(MinutesEntry),
            typeof(Person),
        ],
    };

    private static readonly ILookup<Type, string> ByType =
        Shown.SelectMany(tag => tag.Value.Select(type => (type, tag.Key))).ToLookup(p => p.type, p => p.Key);

    private const string AccountPrefix = "compte:";

    public static IEnumerable<string> All => Shown.Keys;

    public static IEnumerable<string> For(Type entityType) => ByType[entityType];

    /// <summary>The tags a saved record makes stale: those of its type, and an account's own.</summary>
    public static IEnumerable<string> For(EntityEntry entry) =>
        entry.Entity is AppUser user ? [.. For(entry.Metadata.ClrType), Account(user.Id)] : For(entry.Metadata.ClrType);

    /// <summary>The tag of one account's session state (<see cref="AccountState"/>).</summary>
    public static string Account(string userId) => AccountPrefix + userId;
}
