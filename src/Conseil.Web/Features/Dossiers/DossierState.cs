namespace Conseil.Web.Features.Dossiers;

public enum DossierState
{
    Received,
    Accepted,
    Declined,
    UnderExamination,
    Drafting,
    Adopted,
    HandedOver,
    Published,
    FollowUp,
    Closed,
}

/// <summary>
/// Which moves a dossier may make. A referral is accepted or declined; an accepted one is examined, drafted,
/// adopted, handed over, published and followed up; drafting may go back to examination; a self-referral,
/// having no minister to hand over to, may be published straight after adoption.
/// </summary>
public static class DossierStates
{
    private static readonly Dictionary<DossierState, DossierState[]> Next = new()
    {
        [DossierState.Received] = [DossierState.Accepted, DossierState.Declined],
        [DossierState.Accepted] = [DossierState.UnderExamination],
        [DossierState.Declined] = [DossierState.Closed],
        [DossierState.UnderExamination] = [DossierState.Drafting],
        [DossierState.Drafting] = [DossierState.Adopted, DossierState.UnderExamination],
        [DossierState.Adopted] = [DossierState.HandedOver, DossierState.Published],
        [DossierState.HandedOver] = [DossierState.Published],
        [DossierState.Published] = [DossierState.FollowUp, DossierState.Closed],
        [DossierState.FollowUp] = [DossierState.Closed],
        [DossierState.Closed] = [],
    };

    public static IReadOnlyList<DossierState> From(DossierState state) => Next[state];

    public static bool Allows(DossierState from, DossierState to) => Next[from].Contains(to);

    /// <summary>The moves open to a dossier of this kind: a referral from a minister is handed over before it is published.</summary>
    public static IReadOnlyList<DossierState> From(DossierState state, ReferralKind kind) =>
        [.. Next[state].Where(to => Refusal(kind, state, to) is null)];

    /// <summary>Why the move is refused, in words for the secretariat; null when the state machine allows it.</summary>
    public static string? Refusal(ReferralKind kind, DossierState from, DossierState to)
    {
        if (from == to) return $"Le dossier est déjà à l'état « {Of(to)} ».";
        if (from == DossierState.Closed) return "Un dossier clos ne change plus d'état.";
        if (from == DossierState.Adopted && to == DossierState.Published && kind != ReferralKind.SelfReferral)
            return "Un dossier saisi par un ministre lui est remis avant d'être publié : passez d'abord à l'état « Remis ».";
        if (Allows(from, to)) return null;
        var open = From(from, kind);
        return $"Un dossier à l'état « {Of(from)} » ne peut pas passer à l'état « {Of(to)} » : "
            + (open.Count == 1 ? $"il peut seulement passer à l'état « {Of(open[0])} »." : $"il peut passer à l'état {Either(open)}.");
    }

    private static string Either(IReadOnlyList<DossierState> states) =>
        string.Join(", ", states.Take(states.Count - 1).Select(s => $"« {Of(s)} »")) + $" ou « {Of(states[^1])} »";

    /// <summary>The moves that need a reason, and the message when it is missing.</summary>
    public static string? MissingReason(DossierState to, string? comment) =>
        NeedsReason(to) && string.IsNullOrWhiteSpace(comment) ? "Indiquez le motif pour lequel le Haut Conseil décline la saisine." : null;

    /// <summary>A move that needs a written reason (declining a referral).</summary>
    public static bool NeedsReason(DossierState to) => to == DossierState.Declined;

    /// <summary>Adopted by the plenary: from here its deliverable is no longer a preparatory document (CRPA L311-2).</summary>
    public static bool IsAdopted(DossierState state) =>
        state is DossierState.Adopted or DossierState.HandedOver or DossierState.Published or DossierState.FollowUp or DossierState.Closed;

    /// <summary>Still being worked on: the dashboard counts its deadline.</summary>
    public static bool IsOpen(DossierState state) =>
        state is DossierState.Received or DossierState.Accepted or DossierState.UnderExamination or DossierState.Drafting;

    public static string Of(DossierState state) => state switch
    {
        DossierState.Received => "Reçu",
        DossierState.Accepted => "Accepté",
        DossierState.Declined => "Décliné",
        DossierState.UnderExamination => "En instruction",
        DossierState.Drafting => "En rédaction",
        DossierState.Adopted => "Adopté",
        DossierState.HandedOver => "Remis",
        DossierState.Published => "Publié",
        DossierState.FollowUp => "En suivi",
        _ => "Clos",
    };

    /// <summary>The state's word in a page address (the dashboard's filter): "en-instruction".</summary>
    public static string Slug(DossierState state) => state switch
    {
        DossierState.Received => "recu",
        DossierState.Accepted => "accepte",
        DossierState.Declined => "decline",
        DossierState.UnderExamination => "en-instruction",
        DossierState.Drafting => "en-redaction",
        DossierState.Adopted => "adopte",
        DossierState.HandedOver => "remis",
        DossierState.Published => "publie",
        DossierState.FollowUp => "en-suivi",
        _ => "clos",
    };

    public static DossierState? FromSlug(string? slug) =>
        Enum.GetValues<DossierState>().Cast<DossierState?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}

public enum DeadlineUrgency
{
    None,
    /// <summary>Open, due within <see cref="DossierDeadlines.SoonDays"/> days (today included).</summary>
    Soon,
    /// <summary>Open and its deadline has passed.</summary>
    Late,
}

/// <summary>Which open dossiers are late or due soon: the secretariat's dashboard and the dossier page make them stand out.</summary>
public static class DossierDeadlines
{
    public const int SoonDays = 30;

    public static DeadlineUrgency Of(DossierState state, DateOnly? deadline, DateOnly today) =>
        !DossierStates.IsOpen(state) || deadline is not { } due ? DeadlineUrgency.None
        : due < today ? DeadlineUrgency.Late
        : due <= today.AddDays(SoonDays) ? DeadlineUrgency.Soon
        : DeadlineUrgency.None;

    /// <summary>"En retard de 12 jours", "Échéance aujourd'hui", "Dans 5 jours": the words of the badge.</summary>
    public static string Describe(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => $"En retard de {Infrastructure.French.French.Count(-days, "jour", "jours")}",
            0 => "Échéance aujourd'hui",
            1 => "Échéance demain",
            _ => $"Échéance dans {days} jours",
        };
    }
}
