using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Web.Features.Accounts;

/// <summary>The messages of the accounts feature, in French. Those carrying a link are sensitive: purged once sent.</summary>
public sealed class AccountMails(MailOutbox outbox, SiteLinks links, TimeProvider clock)
{
    public void Invitation(AppUser user, string role, string token) => outbox.Add(new OutgoingMail(
        user.Email!, "Votre compte sur l'espace de travail du Haut Conseil du travail social",
        [
            $"Le secrétariat du Haut Conseil du travail social vous a ouvert un compte sur son espace de travail (rôle : {Roles.Label(role)}).",
            "Pour l'activer, choisissez votre mot de passe en suivant le lien ci-dessous. Ce lien est valable 7 jours et ne sert qu'une fois.",
            "Si vous ne vous attendiez pas à ce message, vous pouvez l'ignorer.",
        ])
    {
        RecipientName = user.DisplayName,
        Link = new MailLink("Activer mon compte", links.Absolute(AccountPaths.SetPasswordLink(token))),
        Sensitive = true,
    });

    public void PasswordReset(AppUser user, string token) => outbox.Add(new OutgoingMail(
        user.Email!, "Choisir un nouveau mot de passe",
        [
            "Une demande de nouveau mot de passe a été faite pour votre compte sur l'espace de travail du Haut Conseil du travail social.",
            "Ce lien est valable 1 heure et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
        ])
    {
        RecipientName = user.DisplayName,
        Link = new MailLink("Choisir un nouveau mot de passe", links.Absolute(AccountPaths.SetPasswordLink(token))),
        Sensitive = true,
    });

    public void TwoFactorReset(AppUser user)
    {
        outbox.Add(new OutgoingMail(user.Email!, "Votre double authentification a été réinitialisée",
            [
                $"Un administrateur a réinitialisé la double authentification de votre compte le {FrenchDates.Moment(clock.GetUtcNow().UtcDateTime)}.",
                "À votre prochaine connexion, vous configurerez de nouveau votre application d'authentification.",
                "Si vous n'avez pas demandé cette réinitialisation, prévenez aussitôt le secrétariat.",
            ])
        {
            RecipientName = user.DisplayName,
            Link = new MailLink("Se connecter", links.Absolute(AccountPaths.SignIn)),
        });
    }
}
