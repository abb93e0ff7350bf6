using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.AuditLog;

/// <summary>The audit log, newest first, filtered by kind of record, author and period (days in Paris time).</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(AppDb db) : PageModel
{
    public const int PageSize = 50;
    private readonly AuditReader reader = new(db);

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];

    /// <summary>The kinds of record in the log, by their French name; the value is the stored type.</summary>
    public IReadOnlyList<SelectListItem> Types { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Bad paging or dates from the address bar are corrected, never an error page.
        if (!ModelState.IsValid || PageNumber < 1 || PageNumber > 100_000) PageNumber = 1;
        var stored = await db.AuditEntries.Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken);
        Types = stored.Select(t => new SelectListItem(reader.TypeName(t), t, t == Type))
            .OrderBy(t => t.Text, StringComparer.Create(French.Culture, ignoreCase: true)).ToList();

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Type)) query = query.Where(e => e.EntityType == Type);
        if (!string.IsNullOrWhiteSpace(Author)) query = query.Where(e => e.UserName.Contains(Author.Trim()));
        if (From is not null) query = query.Where(e => e.At >= StartOf(From.Value));
        if (To is not null) query = query.Where(e => e.At < StartOf(To.Value.AddDays(1)));
        var page = await query.OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Entries = await reader.ReadAsync(page.Take(PageSize).ToList(), cancellationToken);
    }

    /// <summary>Midnight in Paris of that day, as the UTC instant entries are stored in.</summary>
    private static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), FrenchDates.Paris);

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Type"] = Type, ["Author"] = Author, ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
