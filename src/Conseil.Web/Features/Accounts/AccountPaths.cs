using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Accounts;

/// <summary>The accounts pages' addresses, and where a signed-in user may be sent back to.</summary>
public static class AccountPaths
{
    public const string SignIn = "/connexion";
    public const string SignInCode = "/connexion/code";
    public const string TwoFactor = "/compte/double-authentification";
    public const string Account = "/compte";
    public const string ForgotPassword = "/mot-de-passe-oublie";
    public const string SetPassword = "/mot-de-passe/definir";
    public const string RecoveryCodes = "/compte/codes-de-secours";
    public const string ResetAuthenticator = "/compte/double-authentification/reinitialiser";

    /// <summary>The link sent by e-mail to choose a password (invitation or forgotten password).</summary>
    public static string SetPasswordLink(string token) => $"{SetPassword}?jeton={Uri.EscapeDataString(token)}";

    /// <summary>Where a user lands after signing in when no (valid) return address was given.</summary>
    public const string AfterSignIn = "/espace";

    /// <summary>Only addresses of this site, so a crafted link cannot send users elsewhere after sign-in.</summary>
    public static string SafeReturn(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : AfterSignIn;

    public static string WithReturn(string path, string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? path : $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}";
}
