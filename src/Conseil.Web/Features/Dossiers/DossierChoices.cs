using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers;

/// <summary>The lists the referral form chooses from, one query each.</summary>
public sealed class DossierChoices(AppDb db)
{
    /// <summary>The organisations of kind Ministry, by name: the referring ministries are chosen among them.</summary>
    public async Task<List<SelectListItem>> MinistriesAsync(CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Ministry).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .OrderBy(o => o.Name, FrenchOrder.Instance).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();

    public static List<SelectListItem> Kinds() =>
        [.. Enum.GetValues<ReferralKind>().Select(k => new SelectListItem(DossierLabels.Of(k), k.ToString()))];

    /// <summary>Every state but the current one: first the moves the state machine allows, then the others.</summary>
    public static List<SelectListItem> Moves(DossierState current, ReferralKind kind)
    {
        var allowed = DossierStates.From(current, kind);
        var next = new SelectListGroup { Name = "Étapes suivantes possibles" };
        var others = new SelectListGroup { Name = "Autres états" };
        return
        [
            .. allowed.Select(s => new SelectListItem(DossierStates.Of(s), s.ToString()) { Group = next }),
            .. Enum.GetValues<DossierState>().Where(s => s != current && !allowed.Contains(s))
                .Select(s => new SelectListItem(DossierStates.Of(s), s.ToString()) { Group = others }),
        ];
    }
}
