namespace Conseil.Web.Infrastructure.PersonalData;

/// <summary>Which retention rule applies to a personal field (periods come from Privacy:Retention).</summary>
public enum RetentionKind
{
    /// <summary>Kept with the public history of the council's composition (who held which seat).</summary>
    CompositionHistory,
    /// <summary>Contact data, cleared a set time after the person's last mandate, office or membership ends.</summary>
    FormerMemberContact,
    /// <summary>Workspace accounts, deleted a set time after the person's last mandate, office or membership ends.</summary>
    FormerMemberAccount,
    /// <summary>Messages of the outbox, deleted a set time after they were sent or given up.</summary>
    OutboxMail,
    /// <summary>Kept with the dossier it belongs to (people heard, members of its working group): the council's archives.</summary>
    DossierArchive,
    /// <summary>Candidacies to a working group (the motivation): deleted a set time after the selection.</summary>
    Candidacy,
    /// <summary>Contributions received from the public: the contributor's contact data and, for one held back, the original text.</summary>
    Contribution,
}
