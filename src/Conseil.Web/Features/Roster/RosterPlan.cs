namespace Conseil.Web.Features.Roster;

public enum RosterChangeKind
{
    NewPerson,
    UpdatedPerson,
    NewMandate,
    UpdatedMandate,
}

public sealed record RosterChange(int LineNumber, RosterChangeKind Kind, string Description)
{
    public string KindLabel => Kind switch
    {
        RosterChangeKind.NewPerson => "Nouvelle personne",
        RosterChangeKind.UpdatedPerson => "Personne modifiée",
        RosterChangeKind.NewMandate => "Nouveau mandat",
        _ => "Mandat modifié",
    };
}

public sealed record RosterError(int LineNumber, string Message);

/// <summary>What an import would do (or did): the changes, or every reason it cannot be applied.</summary>
public sealed record RosterPlan(IReadOnlyList<RosterChange> Changes, IReadOnlyList<RosterError> Errors, string? FileError)
{
    public static RosterPlan Refused(string fileError) => new([], [], fileError);

    public bool IsValid => FileError is null && Errors.Count == 0;
    public bool CanApply => IsValid && Changes.Count > 0;
}
