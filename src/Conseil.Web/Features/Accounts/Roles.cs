namespace Conseil.Web.Features.Accounts;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Secretariat = "Secretariat";
    public const string Member = "Member";

    public static readonly string[] All = [Administrator, Secretariat, Member];

    /// <summary>Roles whose holders must sign in with a second factor.</summary>
    public static readonly string[] RequiringTwoFactor = [Administrator, Secretariat];

    public static string Label(string role) => role switch
    {
        Administrator => "Administration",
        Secretariat => "Secrétariat",
        Member => "Membre",
        _ => role,
    };
}

public static class Policies
{
    /// <summary>Writes to the composition and the audit log: secretariat and administrators.</summary>
    public const string Secretariat = "Secretariat";

    /// <summary>Erasure, administration accounts, resetting someone else's second factor.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The members' workspace: any signed-in account.</summary>
    public const string Workspace = "Workspace";

    /// <summary>A private space: the account's person is one of its members (resource-based, see MemberOfHandler).</summary>
    public const string Members = "Members";
}
