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
}
