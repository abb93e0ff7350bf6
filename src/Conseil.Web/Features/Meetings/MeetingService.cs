using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>The secretariat's writes on meetings: scheduling, the agenda, and the conclusion once attendance is recorded.</summary>
public sealed class MeetingService(AppDb db, TimeProvider clock)
{
    public static readonly DateOnly EarliestDay = new(1990, 1, 1), LatestDay = new(2100, 12, 31);

    public async Task<WriteResult<Meeting>> ScheduleAsync(MeetingInput input, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == input.BodyId).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        if (body is null) errors.Add(new(nameof(input.BodyId), "Cette instance n'existe pas : choisissez-en une dans la liste."));
        if (When(input, errors) is not var (starts, ends) || errors.Count > 0) return WriteResult<Meeting>.Invalid(errors);

        var meeting = new Meeting
        {
            BodyId = body!.Value, StartsAt = starts, EndsAt = ends, Mode = input.Mode!.Value, Place = input.Place?.Trim() ?? "",
            VideoLink = input.VideoLink?.Trim() ?? "", IsPublic = input.IsPublic, Status = MeetingStatus.Planned,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(meeting);
    }

    /// <summary>
    /// Moves a planned meeting or changes where it is held: a change raises its iCalendar SEQUENCE, and the convocation
    /// already sent, no longer current, may be sent again.
    /// </summary>
    public async Task<WriteResult<Meeting>> RescheduleAsync(MeetingSpace space, MeetingWhenInput input, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsTracking().SingleOrDefaultAsync(m => m.Id == space.Id, ct);
        if (meeting is null) return WriteResult<Meeting>.NotFound();
        if (meeting.Status != MeetingStatus.Planned)
            return WriteResult<Meeting>.Conflict("", $"Seule une séance prévue se modifie ; celle-ci est {MeetingLabels.Of(meeting.Status).ToLower(French.Culture)}.");
        var errors = new List<RuleViolation>();
        if (When(input, errors) is not var (starts, ends) || errors.Count > 0) return WriteResult<Meeting>.Invalid(errors);
        meeting.Reschedule(starts, ends, input.Mode!.Value, input.Place?.Trim() ?? "", input.VideoLink?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(meeting);
    }

    /// <summary>
    /// Concludes a meeting from its attendance: held when the quorum is met (or needs none), postponed otherwise, so
    /// that the body is convened again with the same agenda.
    /// </summary>
    public async Task<WriteResult<Meeting>> ConcludeAsync(MeetingSpace space, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == space.Id, ct);
        if (meeting is null) return WriteResult<Meeting>.NotFound();
        if (meeting.Status != MeetingStatus.Planned)
            return WriteResult<Meeting>.Conflict(nameof(Meeting.Status), $"La séance est déjà {MeetingLabels.Of(meeting.Status).ToLower(French.Culture)}.");
        var attendance = await AttendanceOfAsync(meeting.Id, ct);
        if (attendance.Count == 0)
            return WriteResult<Meeting>.Invalid(nameof(Meeting.Status), "Enregistrez d'abord les présences : le quorum se constate sur la feuille d'émargement.");
        var quorum = space.Convocation.Quorum(attendance, meeting);
        meeting.Quorum = space.Convocation.QuorumRuleOf(meeting);
        meeting.SetStatus(quorum.IsMet ? MeetingStatus.Held : MeetingStatus.Postponed);
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(meeting);
    }

    /// <summary>Convenes the body again after the quorum failed: the same agenda, place and mode, on a new day.</summary>
    public async Task<WriteResult<Meeting>> ConveneAgainAsync(MeetingSpace space, SecondConvocationInput input, CancellationToken ct)
    {
        var first = await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == space.Id, ct);
        if (first is null) return WriteResult<Meeting>.NotFound();
        if (first.Status != MeetingStatus.Postponed)
            return WriteResult<Meeting>.Conflict(nameof(input.Date), "Seule une séance reportée faute de quorum est convoquée une seconde fois.");
        if (await db.Meetings.AnyAsync(m => m.FirstConvocationId == first.Id, ct))
            return WriteResult<Meeting>.Conflict(nameof(input.Date), "La seconde convocation de cette séance est déjà enregistrée.");
        var errors = new List<RuleViolation>();
        if (Hours(input.Date, input.StartTime, input.EndTime, errors) is not var (starts, ends)) return WriteResult<Meeting>.Invalid(errors);
        if (starts <= first.StartsAt)
            return WriteResult<Meeting>.Invalid(nameof(input.Date), "La seconde convocation doit suivre la séance reportée.");
        var again = new Meeting
        {
            BodyId = first.BodyId, StartsAt = starts, EndsAt = ends, Mode = first.Mode, Place = first.Place, VideoLink = first.VideoLink,
            IsPublic = first.IsPublic, Status = MeetingStatus.Planned, FirstConvocationId = first.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Items = [.. first.Items.OrderBy(i => i.Number).Select(i => new AgendaItem
            {
                Number = i.Number, Title = i.Title, Kind = i.Kind, DossierId = i.DossierId, Description = i.Description,
            })],
        };
        db.Meetings.Add(again);
        await db.SaveChangesAsync(ct);
        return WriteResult<Meeting>.Saved(again);
    }

    public Task<Dictionary<int, Presence>> AttendanceOfAsync(int meetingId, CancellationToken ct) =>
        db.Attendances.AsNoTracking().Where(a => a.MeetingId == meetingId).ToDictionaryAsync(a => a.PersonId, a => a.Presence, ct);

    /// <summary>The start and end of a meeting typed as a day and two Paris times, or null with the errors said.</summary>
    public static (DateTime Starts, DateTime Ends)? Hours(DateOnly? date, TimeOnly? start, TimeOnly? end, List<RuleViolation> errors)
    {
        if (date is null) errors.Add(new(nameof(MeetingInput.Date), "Indiquez la date de la séance."));
        if (start is null) errors.Add(new(nameof(MeetingInput.StartTime), "Indiquez l'heure de début (heure de Paris)."));
        if (end is null) errors.Add(new(nameof(MeetingInput.EndTime), "Indiquez l'heure de fin (heure de Paris)."));
        if (date is not { } day || start is not { } from || end is not { } to) return null;
        if (day < EarliestDay || day > LatestDay)
        {
            errors.Add(new(nameof(MeetingInput.Date), $"La date doit être comprise entre le {FrenchDates.Day(EarliestDay)} et le {FrenchDates.Day(LatestDay)}."));
            return null;
        }
        var starts = FrenchDates.FromParis(day, from);
        var ends = FrenchDates.FromParis(day, to);
        if (starts is null) errors.Add(new(nameof(MeetingInput.StartTime), FrenchDates.SkippedTime(day, from)));
        if (ends is null) errors.Add(new(nameof(MeetingInput.EndTime), FrenchDates.SkippedTime(day, to)));
        if (starts is null || ends is null) return null;
        if (ends <= starts)
        {
            errors.Add(new(nameof(MeetingInput.EndTime), "La séance doit finir après avoir commencé : l'heure de fin suit l'heure de début."));
            return null;
        }
        return (starts.Value, ends.Value);
    }

    /// <summary>The hours of a meeting and whether its mode, place and link agree, or null with the errors said.</summary>
    private static (DateTime Starts, DateTime Ends)? When(MeetingWhenInput input, List<RuleViolation> errors)
    {
        var hours = Hours(input.Date, input.StartTime, input.EndTime, errors);
        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
            errors.Add(new(nameof(input.Mode), "Indiquez si la séance se tient sur place, à distance ou les deux."));
        else
            Where(mode, input.Place, input.VideoLink, errors);
        return hours;
    }

    private static void Where(MeetingMode mode, string? place, string? link, List<RuleViolation> errors)
    {
        if (mode != MeetingMode.Remote && string.IsNullOrWhiteSpace(place))
            errors.Add(new(nameof(MeetingInput.Place), "Indiquez le lieu de la séance."));
        if (mode != MeetingMode.InPerson && string.IsNullOrWhiteSpace(link))
            errors.Add(new(nameof(MeetingInput.VideoLink), "Indiquez le lien de la visioconférence."));
        else if (!string.IsNullOrWhiteSpace(link) && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            errors.Add(new(nameof(MeetingInput.VideoLink), "Le lien de la visioconférence doit être une adresse web complète, commençant par https://."));
    }
}
