using System.Text.Json;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.AuditLog;

/// <summary>The audit log, newest first, filtered by kind of record, author and period.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(AppDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Types { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Bad paging or dates from the address bar are corrected, never an error page.
        if (!ModelState.IsValid || PageNumber < 1 || PageNumber > 100_000) PageNumber = 1;
        Types = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Type)) query = query.Where(e => e.EntityType == Type);
        if (!string.IsNullOrWhiteSpace(Author)) query = query.Where(e => e.UserName.Contains(Author.Trim()));
        if (From is not null) query = query.Where(e => e.At >= From.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (To is not null) query = query.Where(e => e.At < To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var page = await query.OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }

    public static IEnumerable<(string Field, string? Before, string? After)> Changes(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        return before.Keys.Union(after.Keys)
            .Select(k => (k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)));
    }

    private static Dictionary<string, string?> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
            .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Type"] = Type, ["Author"] = Author, ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
