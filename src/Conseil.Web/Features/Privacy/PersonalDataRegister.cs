using System.Reflection;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Labels;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using IdentityPersonalData = Microsoft.AspNetCore.Identity.PersonalDataAttribute;

namespace Conseil.Web.Features.Privacy;

/// <summary>Reads the personal data marks of the EF model and produces the register of processing (art. 30 RGPD).</summary>
public sealed class PersonalDataRegister(AppDb db, IOptions<RetentionOptions> options)
{
    public const string Controller = "Haut Conseil du travail social (HCTS)";
    public const string LegalBasis = "Mission d'intérêt public (art. 6.1.e RGPD) : fonctionnement du Haut Conseil, art. D. 142-1-1 et suivants du CASF";
    public static readonly string[] Recipients = ["Secrétariat général du Haut Conseil", "Administration de la plateforme"];

    // Identity marks its own fields (e-mail, user name, phone…) with its attribute: they belong to the accounts.
    private const string AccountPurpose = "Gestion des comptes de l'espace de travail";
    private const string AccountCategory = "Identifiants de connexion";

    public static IReadOnlyList<PersonalField> Fields(IModel model) =>
        model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .SelectMany(t => t.GetProperties()
                .Where(p => p.PropertyInfo is not null)
                .Select(p => Field(t, p.PropertyInfo!)))
            .OfType<PersonalField>()
            .OrderBy(f => f.Entity, StringComparer.Ordinal).ThenBy(f => f.Property, StringComparer.Ordinal)
            .ToList();

    private static PersonalField? Field(IEntityType type, PropertyInfo property)
    {
        var subjects = type.ClrType.GetCustomAttribute<PersonalDataSubjectsAttribute>()?.Subjects ?? "Non précisé";
        var field = property.GetCustomAttribute<PersonalDataAttribute>() is { } mark
            ? new PersonalField(type.ClrType.Name, property.Name, mark.Purpose, mark.Category, mark.Retention, subjects)
            : property.GetCustomAttribute<IdentityPersonalData>() is not null
                ? new PersonalField(type.ClrType.Name, property.Name, AccountPurpose, AccountCategory, RetentionKind.FormerMemberAccount, subjects)
                : null;
        return field is null ? null : field with
        {
            EntityLabel = RecordLabels.TypeName(type.ClrType) ?? field.Entity,
            PropertyLabel = RecordLabels.FieldName(type.ClrType, property.Name) ?? field.Property,
        };
    }

    public ProcessingRegister Build()
    {
        var retention = options.Value;
        var processings = Fields(db.Model)
            .GroupBy(f => f.Purpose)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Processing(
                g.Key,
                g.Select(f => f.Category).Distinct().ToList(),
                g.Select(f => f.Label).ToList(),
                g.Select(f => f.Name).ToList(),
                g.Select(f => f.Subjects).Distinct().ToList(),
                LegalBasis,
                Recipients,
                g.Select(f => f.Retention).Distinct().Select(k => Describe(k, retention)).ToList()))
            .ToList();
        return new(Controller, processings, Rules(retention));
    }

    public static string Describe(RetentionKind kind, RetentionOptions retention) => kind switch
    {
        RetentionKind.FormerMemberContact =>
            $"{RetentionOptions.Describe(retention.FormerMemberContactMonths)} après la fin du dernier mandat, de la dernière fonction ou participation",
        RetentionKind.FormerMemberAccount =>
            $"{RetentionOptions.Describe(retention.FormerMemberAccountMonths)} après la fin du dernier mandat, de la dernière fonction ou participation",
        RetentionKind.OutboxMail => $"{retention.OutboxDays} jours après l'envoi ou l'abandon du courriel",
        RetentionKind.DossierArchive => "Durée de l'instruction du dossier, puis archives du Haut Conseil",
        RetentionKind.Candidacy => $"{RetentionOptions.Describe(retention.CandidacyMonths)} après la sélection des candidats",
        RetentionKind.Contribution =>
            $"Coordonnées : {RetentionOptions.Describe(retention.ContributorContactMonths)} après la réception ; texte original d'une contribution retenue : {retention.HeldOriginalDays} jours après sa version masquée",
        _ => "Durée de la mission, puis archives publiques de la composition (historique des sièges)",
    };

    private static List<RetentionRule> Rules(RetentionOptions retention) =>
    [
        new("Adresse électronique des anciens membres", Describe(RetentionKind.FormerMemberContact, retention)),
        new("Comptes de l'espace de travail des anciens membres", Describe(RetentionKind.FormerMemberAccount, retention)),
        new("Journal des modifications", $"{RetentionOptions.Describe(retention.AuditLogMonths)} après la modification"),
        new("Identité, mandats et fonctions", Describe(RetentionKind.CompositionHistory, retention)),
        new("Courriels envoyés par la plateforme", Describe(RetentionKind.OutboxMail, retention)),
        new("Personnes auditionnées et membres des groupes de travail", Describe(RetentionKind.DossierArchive, retention)),
        new("Contributions reçues", Describe(RetentionKind.Contribution, retention)),
        new("Candidatures aux groupes de travail", Describe(RetentionKind.Candidacy, retention)),
    ];
}
