using Conseil.Web.Data;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// The messages of the working groups that concern one person (joining a group, the decision on a candidacy), in
/// French. They are sent whatever the person chose for the groups' news: they are about them, not news of a group.
/// </summary>
public sealed class WorkingGroupMails(AppDb db, MailOutbox outbox, SiteLinks links)
{
    public async Task JoinedAsync(int personId, WorkingGroup group, GroupRole role, CancellationToken ct)
    {
        if (await RecipientAsync(personId, ct) is not { } to) return;
        outbox.Add(new OutgoingMail(to.Address!, $"Vous rejoignez le groupe de travail « {group.Name} »",
            [
                $"Le secrétariat du Haut Conseil du travail social vous a inscrit au groupe de travail « {group.Name} » (rôle : {WorkingGroupLabels.Of(role).ToLowerInvariant()}).",
                "L'espace du groupe rassemble sa mission, ses membres, les documents, les auditions et les contributions du dossier, et ses fils de discussion.",
            ])
        {
            RecipientName = to.Name,
            Link = new MailLink("Ouvrir l'espace du groupe", links.Absolute(WorkingGroupPaths.Group(group.Id))),
        });
    }

    public async Task DecisionsAsync(WorkingGroup group, IEnumerable<(int PersonId, CandidacyDecision Decision)> decisions, CancellationToken ct)
    {
        var list = decisions.ToList();
        var recipients = (await NotificationRecipients.ReadAsync(db, [.. list.Select(d => d.PersonId)], ct))
            .Where(r => r.Address is not null).ToDictionary(r => r.PersonId);
        foreach (var (personId, decision) in list)
        {
            if (!recipients.TryGetValue(personId, out var to)) continue;
            var selected = decision == CandidacyDecision.Selected;
            outbox.Add(new OutgoingMail(to.Address!, $"Votre candidature au groupe de travail « {group.Name} »",
                selected
                    ?
                    [
                        $"Le bureau du Haut Conseil du travail social a retenu votre candidature au groupe de travail « {group.Name} ».",
                        "Vous en êtes désormais membre : son espace vous est ouvert.",
                    ]
                    :
                    [
                        $"Le bureau du Haut Conseil du travail social a arrêté la composition du groupe de travail « {group.Name} » : votre candidature n'a pas été retenue.",
                        "Merci de votre proposition. D'autres appels à candidatures vous seront proposés sur l'espace de travail.",
                    ])
            {
                RecipientName = to.Name,
                Link = selected
                    ? new MailLink("Ouvrir l'espace du groupe", links.Absolute(WorkingGroupPaths.Group(group.Id)))
                    : new MailLink("Ouvrir l'espace de travail", links.Absolute("/espace")),
            });
        }
    }

    private async Task<NotificationRecipient?> RecipientAsync(int personId, CancellationToken ct) =>
        (await NotificationRecipients.ReadAsync(db, [personId], ct)).SingleOrDefault(r => r.Address is not null);
}
