namespace Conseil.Web.Features.WorkingGroups;

public enum CallStatus
{
    /// <summary>Before its opening date: announced, not yet answerable.</summary>
    Upcoming,
    Open,
    /// <summary>Past its closing date, the selection not made yet.</summary>
    AwaitingSelection,
    Decided,
}

/// <summary>
/// The rules of a call for candidates, checked by <see cref="CallService"/> (pure, unit-tested): a council member with
/// a current mandate applies once while the call is open, may withdraw until it closes; the president's office then
/// selects, once; the selected join the group.
/// </summary>
public static class CallRules
{
    public const int MotivationMaxLength = 2000;

    public static CallStatus StatusOn(CallForCandidates call, DateOnly today) =>
        call.DecidedOn is not null ? CallStatus.Decided
        : today < call.OpensOn ? CallStatus.Upcoming
        : today <= call.ClosesOn ? CallStatus.Open
        : CallStatus.AwaitingSelection;

    public static bool IsOpen(CallForCandidates call, DateOnly today) => StatusOn(call, today) == CallStatus.Open;

    /// <summary>Why this person may not apply today, or null. Messages are the page's.</summary>
    public static string? RefuseApplication(CallForCandidates call, DateOnly today, bool hasCurrentMandate, bool isGroupMember, bool hasApplied) =>
        StatusOn(call, today) switch
        {
            CallStatus.Upcoming => $"L'appel à candidatures n'est pas encore ouvert : il ouvre le {Infrastructure.French.FrenchDates.Day(call.OpensOn)}.",
            CallStatus.AwaitingSelection => "L'appel à candidatures est clos : les candidatures ne sont plus reçues.",
            CallStatus.Decided => "La sélection a été arrêtée : les candidatures ne sont plus reçues.",
            _ when !hasCurrentMandate => "Seuls les membres du Haut Conseil ayant un mandat en cours peuvent se porter candidats.",
            _ when isGroupMember => "Vous faites déjà partie de ce groupe de travail.",
            _ when hasApplied => "Vous avez déjà déposé votre candidature à cet appel.",
            _ => null,
        };

    public static string? RefuseWithdrawal(CallForCandidates call, DateOnly today, bool hasApplied) =>
        !hasApplied ? "Vous n'avez pas de candidature à retirer."
        : StatusOn(call, today) == CallStatus.Open ? null
        : "L'appel est clos : une candidature ne peut plus être retirée.";

    public static string? RefuseSelection(CallForCandidates call, DateOnly today, bool groupClosed) =>
        call.DecidedOn is not null ? "La sélection de cet appel a déjà été arrêtée."
        : groupClosed ? "Le groupe de travail est clos."
        : today < call.OpensOn ? "L'appel n'est pas encore ouvert : il n'y a rien à sélectionner."
        : null;

    /// <summary>The dates and text of a new call; errors by field.</summary>
    public static IEnumerable<(string Field, string Message)> CheckCall(DateOnly? opensOn, DateOnly? closesOn, DateOnly today, DateOnly? groupClosedOn)
    {
        if (groupClosedOn is not null) yield return ("", "Le groupe de travail est clos : il ne peut plus ouvrir d'appel à candidatures.");
        if (opensOn is { } opens && closesOn is { } closes)
        {
            if (closes < opens) yield return ("ClosesOn", "La date de clôture doit suivre la date d'ouverture.");
            else if (closes < today) yield return ("ClosesOn", "La date de clôture est déjà passée.");
        }
    }

    /// <summary>The decision of each candidacy once the selection is made: the chosen ones are selected, the others not.</summary>
    public static CandidacyDecision DecisionOf(int candidacyId, IReadOnlySet<int> selected) =>
        selected.Contains(candidacyId) ? CandidacyDecision.Selected : CandidacyDecision.NotSelected;
}
