using System.Linq.Expressions;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// Who may hold which place in a group: the council-member co-lead and the members hold a current mandate; an invited
/// expert belongs to the expert panel (the body "panel-experts", managed by the secretariat on its body page); the
/// administration's co-lead and the rapporteur may be anyone the secretariat recorded as a person (a DGCS agent…).
/// </summary>
public static class GroupEligibility
{
    public const string ExpertPanelSlug = "panel-experts";

    public static Expression<Func<Mandate, bool>> CurrentOn(DateOnly day) =>
        m => m.Status == MandateStatus.Active && m.StartDate <= day && day <= m.EndDate;

    public static Task<bool> HasCurrentMandateAsync(AppDb db, int personId, DateOnly day, CancellationToken ct) =>
        db.Mandates.Where(CurrentOn(day)).AnyAsync(m => m.PersonId == personId, ct);

    public static Task<bool> IsInExpertPanelAsync(AppDb db, int personId, DateOnly day, CancellationToken ct) =>
        db.BodyMemberships.Where(BodyMembership.HoldsPlaceOn(day))
            .AnyAsync(m => m.PersonId == personId && m.Body.Slug == ExpertPanelSlug && m.StartDate <= day, ct);

    /// <summary>Why this person may not take this role, or null.</summary>
    public static string? Refuse(GroupRole role, bool hasCurrentMandate, bool isInExpertPanel) => role switch
    {
        GroupRole.CoLead when !hasCurrentMandate =>
            "Le copilote membre du Haut Conseil doit détenir un mandat en cours. Pour un agent de l'administration, choisissez « Copilote (administration) ».",
        GroupRole.Member when !hasCurrentMandate =>
            "Un membre du groupe doit détenir un mandat en cours au Haut Conseil. Une personne extérieure au Haut Conseil le rejoint comme expert invité, membre du panel d'experts.",
        GroupRole.Expert when !isInExpertPanel =>
            "Cette personne ne fait pas partie du panel d'experts : ajoutez-la d'abord au panel, depuis sa page d'instance.",
        _ => null,
    };

    /// <summary>Roles a group holds once: two co-leads (one of each kind) and one rapporteur.</summary>
    public static bool IsSingle(GroupRole role) => role is GroupRole.CoLead or GroupRole.AdministrationCoLead or GroupRole.Rapporteur;
}
