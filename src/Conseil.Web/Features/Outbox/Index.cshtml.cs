using System.Globalization;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Outbox;

/// <summary>The messages the platform sent or is sending, newest first, filtered by status.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(AppDb db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string To, string Subject, OutboxStatus Status, int Attempts, string? LastError,
        DateTime CreatedAt, DateTime? SentAt);

    /// <summary>"en-attente", "envoye" or "echec"; anything else shows every message.</summary>
    [BindProperty(SupportsGet = true, Name = "statut")] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Bad paging from the address bar is corrected, never an error page.
        if (!ModelState.IsValid || PageNumber < 1 || PageNumber > 100_000) PageNumber = 1;
        var query = db.OutboxMessages.AsNoTracking();
        if (Filter is not null && OutboxLabels.Filters.TryGetValue(Filter, out var status)) query = query.Where(m => m.Status == status);
        else Filter = null;
        var page = await query.OrderByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new Row(m.Id, m.To, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt))
            .ToListAsync(ct);
        HasNext = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
    }

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["statut"] = Filter, ["page"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
