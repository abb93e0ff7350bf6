using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Infrastructure.Search;

/// <summary>An entity found and sorted by a folded key of its text (a person by name; later, dossiers…).</summary>
public interface ISearchKeyed
{
    /// <summary>The text the key is folded from, in sort order ("Martin Éric").</summary>
    string SearchText { get; }

    /// <summary><see cref="SearchKey.Fold"/> of <see cref="SearchText"/>, kept by <see cref="SearchKeys.Refresh"/>.</summary>
    string SearchKey { get; set; }
}

public static class SearchKeys
{
    /// <summary>Before a save: every added or changed searchable entity gets the key of its current text.</summary>
    public static void Refresh(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<ISearchKeyed>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var key = SearchKey.Fold(entry.Entity.SearchText);
            if (entry.Entity.SearchKey != key) entry.Entity.SearchKey = key;
        }
    }

    /// <summary>
    /// Rows written before their table had a key (the column arrives empty with its migration) get theirs:
    /// the fold is .NET code, so SQL cannot compute it. Run at start-up, after migrations.
    /// </summary>
    public static async Task BackfillAsync<T>(DbContext db, CancellationToken cancellationToken) where T : class, ISearchKeyed
    {
        var missing = await db.Set<T>().Where(e => e.SearchKey == "").ToListAsync(cancellationToken);
        foreach (var entity in missing) entity.SearchKey = SearchKey.Fold(entity.SearchText);
        if (missing.Any(e => e.SearchKey != "")) await db.SaveChangesAsync(cancellationToken);
    }
}
