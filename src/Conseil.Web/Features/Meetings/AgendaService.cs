using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>The agenda of a meeting not yet held: items added at the end, taken off, moved up; numbers stay 1, 2, 3…</summary>
public sealed class AgendaService(AppDb db)
{
    public const int MaxItems = 60;
    private const string MissingItem = "Le point de l'ordre du jour manque : rechargez la page.";

    public async Task<WriteResult<AgendaItem>> AddAsync(MeetingSpace space, AgendaItemInput input, CancellationToken ct)
    {
        if (Closed(space) is { } closed) return WriteResult<AgendaItem>.Conflict(nameof(input.Title), closed);
        if (string.IsNullOrWhiteSpace(input.Title)) return WriteResult<AgendaItem>.Invalid(nameof(input.Title), "Indiquez l'intitulé du point.");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            return WriteResult<AgendaItem>.Invalid(nameof(input.Kind), "Indiquez la nature du point : information, débat ou vote.");
        if (input.DossierId is { } dossier && !await db.Dossiers.AnyAsync(d => d.Id == dossier, ct))
            return WriteResult<AgendaItem>.Invalid(nameof(input.DossierId), "Ce dossier n'existe pas : choisissez-en un dans la liste.");
        var numbers = await db.AgendaItems.Where(i => i.MeetingId == space.Id).Select(i => i.Number).ToListAsync(ct);
        if (numbers.Count >= MaxItems)
            return WriteResult<AgendaItem>.Invalid(nameof(input.Title), $"L'ordre du jour compte déjà {MaxItems} points, le nombre maximal.");
        var item = new AgendaItem
        {
            MeetingId = space.Id, Number = numbers.DefaultIfEmpty(0).Max() + 1, Title = input.Title!.Trim(), Kind = kind,
            DossierId = input.DossierId, Description = input.Description?.Trim() ?? "",
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return WriteResult<AgendaItem>.Saved(item);
    }

    public async Task<WriteResult<AgendaItem>> RemoveAsync(MeetingSpace space, ItemInput input, CancellationToken ct)
    {
        if (Closed(space) is { } closed) return WriteResult<AgendaItem>.Conflict(nameof(input.ItemId), closed);
        if (input.ItemId is null) return WriteResult<AgendaItem>.Invalid(nameof(input.ItemId), MissingItem);
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        var items = await db.AgendaItems.Where(i => i.MeetingId == space.Id).OrderBy(i => i.Number).ToListAsync(ct);
        if (items.FirstOrDefault(i => i.Id == input.ItemId) is not { } item) return WriteResult<AgendaItem>.NotFound();
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        foreach (var after in items.Where(i => i.Number > item.Number)) after.Number--;
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return WriteResult<AgendaItem>.Saved(item);
    }

    /// <summary>Swaps the item with the one before it (through a free number, so the unique index never sees two equal).</summary>
    public async Task<WriteResult<AgendaItem>> MoveUpAsync(MeetingSpace space, ItemInput input, CancellationToken ct)
    {
        if (Closed(space) is { } closed) return WriteResult<AgendaItem>.Conflict(nameof(input.ItemId), closed);
        if (input.ItemId is null) return WriteResult<AgendaItem>.Invalid(nameof(input.ItemId), MissingItem);
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        var items = await db.AgendaItems.Where(i => i.MeetingId == space.Id).OrderBy(i => i.Number).ToListAsync(ct);
        var index = items.FindIndex(i => i.Id == input.ItemId);
        if (index < 0) return WriteResult<AgendaItem>.NotFound();
        if (index == 0) return WriteResult<AgendaItem>.Invalid(nameof(input.ItemId), "Ce point est déjà le premier de l'ordre du jour.");
        var (item, before) = (items[index], items[index - 1]);
        var (up, down) = (before.Number, item.Number);
        item.Number = 0;
        await db.SaveChangesAsync(ct);
        before.Number = down;
        await db.SaveChangesAsync(ct);
        item.Number = up;
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return WriteResult<AgendaItem>.Saved(item);
    }

    private static string? Closed(MeetingSpace space) => space.Meeting.Status == MeetingStatus.Planned ? null
        : "L'ordre du jour d'une séance tenue, reportée ou annulée ne change plus.";
}
