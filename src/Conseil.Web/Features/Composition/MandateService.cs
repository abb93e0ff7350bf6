using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

/// <summary>Creates and changes mandates for the workspace pages and the API, enforcing <see cref="MandateRules"/>.</summary>
public sealed class MandateService(AppDb db)
{
    public async Task<WriteResult<Mandate>> SaveAsync(int? id, MandateInput input, CancellationToken cancellationToken)
    {
        var mandate = id is null ? new Mandate() : await db.Mandates.FindAsync([id.Value], cancellationToken);
        if (mandate is null) return WriteResult<Mandate>.NotFound();

        var seat = await db.Seats.Include(s => s.College).SingleOrDefaultAsync(s => s.Id == input.SeatId, cancellationToken);
        var term = await db.Terms.SingleOrDefaultAsync(t => t.Id == input.TermId, cancellationToken);
        var errors = new List<RuleViolation>();
        if (seat is null) errors.Add(new(nameof(input.SeatId), "Ce siège n'existe pas."));
        if (term is null) errors.Add(new(nameof(input.TermId), "Cette mandature n'existe pas."));
        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, cancellationToken))
            errors.Add(new(nameof(input.PersonId), "Cette personne n'existe pas."));
        if (input.OrganisationId is not null && !await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, cancellationToken))
            errors.Add(new(nameof(input.OrganisationId), "Cet organisme n'existe pas."));
        if (errors.Count > 0) return WriteResult<Mandate>.Invalid(errors);

        var candidate = new MandateRules.Candidate(mandate.Id, seat!.Id, input.PersonId!.Value, term!.Id,
            input.Role!.Value, input.StartDate!.Value, input.EndDate!.Value);
        // Check and insert atomically, or two identical requests both pass the check. Writers of the same seat, and
        // of the same person in a college, queue: always the seat first, then the person.
        await using var transaction = await db.BeginLockedAsync(
            [$"mandate-seat:{seat.Id}", $"mandate-person:{candidate.PersonId}:college:{seat.CollegeId}"], cancellationToken);
        var onSeat = await db.Mandates.AsNoTracking().Where(m => m.SeatId == seat.Id).ToListAsync(cancellationToken);
        var personInCollege = await db.Mandates.AsNoTracking()
            .Where(m => m.PersonId == candidate.PersonId && m.Seat.CollegeId == seat.CollegeId)
            .ToListAsync(cancellationToken);
        var violations = MandateRules.Check(candidate, seat.College, term, onSeat, personInCollege);
        if (violations.Count > 0) return WriteResult<Mandate>.Invalid(violations);

        mandate.SeatId = seat.Id;
        mandate.PersonId = candidate.PersonId;
        mandate.TermId = term.Id;
        mandate.OrganisationId = input.OrganisationId;
        mandate.Role = candidate.Role;
        mandate.StartDate = candidate.StartDate;
        mandate.EndDate = candidate.EndDate;
        mandate.AppointingAct = input.AppointingAct?.Trim() ?? "";
        mandate.Status = input.Status!.Value;
        if (id is null) db.Mandates.Add(mandate);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return WriteResult<Mandate>.Saved(mandate);
    }
}
