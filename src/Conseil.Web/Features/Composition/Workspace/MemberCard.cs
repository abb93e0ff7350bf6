using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>
/// The member's card of the workspace home: their mandates (current and to come) and their bodies, shared by the
/// member's requests of the day until a save evicts <see cref="PageCacheTags.Composition"/> (<see cref="ReadCache"/>).
/// The context is resolved on a miss only (<see cref="CompositionQueries"/>).
/// </summary>
public sealed class MemberCard(TimeProvider clock, ReadCache cache) : ViewComponent
{
    public sealed record Data(IReadOnlyList<Mandate> Mandates, IReadOnlyList<BodyMembership> Bodies, DateOnly Today);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        // Staff accounts belong to no person of the composition: they hold nothing to show here.
        if (await HttpContext.RequestServices.PersonIdOfAsync(UserClaimsPrincipal, ct) is not { } personId) return Content("");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var data = await cache.GetOrReadAsync(PageCacheTags.Composition, (personId, today), CompositionQueries.Lifetime,
            token => ReadAsync(personId, today, token), ct);
        return View("/Features/Composition/Workspace/_MemberCard.cshtml", data);
    }

    private async Task<Data> ReadAsync(int personId, DateOnly today, CancellationToken ct)
    {
        var db = HttpContext.RequestServices.GetRequiredService<AppDb>();
        var mandates = await db.Mandates.AsNoTracking().Include(m => m.Seat).ThenInclude(s => s.College)
            .Where(m => m.PersonId == personId && m.Status == MandateStatus.Active && m.EndDate >= today)
            .OrderBy(m => m.StartDate).ToListAsync(ct);
        var bodies = await db.BodyMemberships.AsNoTracking().Include(b => b.Body)
            .Where(b => b.PersonId == personId && (b.EndDate == null || b.EndDate >= today))
            .OrderBy(b => b.StartDate).ToListAsync(ct);
        return new Data(mandates, bodies, today);
    }
}
