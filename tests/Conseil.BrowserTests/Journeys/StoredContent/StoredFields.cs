using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// The sweep's inputs, derived from the EF model: every text column must hold a payload once the seeder and the
/// import have run, so a text field added to the model and not stored by the sweep fails it. Columns no user types
/// are listed with the reason.
/// </summary>
public static class StoredFields
{
    public static readonly IReadOnlyDictionary<string, string> NotTyped = new Dictionary<string, string>
    {
        ["AuditEntry"] = "written by the application (its changes hold the payloads of the fields they record)",
        ["DataProtectionKey"] = "keys of the framework",
        ["IdempotencyRecord"] = "replayed answers of the API, never rendered in a page",
        ["OutboxMessage"] = "composed by the application from stored fields, shown by the outbox pages",
        ["OutboxAttachment"] = "files the application composes (a meeting's invitation, from stored fields), shown by the outbox pages",
        ["CalendarFeed.TokenHash"] = "the SHA-256 of a random secret the application generates",
        ["WrittenBallot.TokenHash"] = "the SHA-256 of a random secret the application generates",
        ["Vote.TextSha256"] = "the SHA-256 of the document version put to the vote, copied from the version when the vote opens",
        ["IdentityRole"] = "the three roles, fixed",
        ["IdentityUserClaim`1"] = "not used", ["IdentityUserLogin`1"] = "not used", ["IdentityUserToken`1"] = "authenticator keys and recovery codes",
        ["IdentityRoleClaim`1"] = "not used", ["IdentityUserRole`1"] = "keys only",
        ["AccountToken"] = "hashes of invitation and reset links",
        ["AppUser.PasswordHash"] = "secret", ["AppUser.SecurityStamp"] = "secret", ["AppUser.ConcurrencyStamp"] = "generated",
        ["AppUser.PhoneNumber"] = "not used",
        ["AppUser.Email"] = "Identity allows only letters, digits and -._@+ in an account's address",
        ["AppUser.UserName"] = "the address", ["AppUser.NormalizedEmail"] = "the address", ["AppUser.NormalizedUserName"] = "the address",
        ["Body.Slug"] = "set by the reference data, never typed",
        ["College.Name"] = "reference data: no form or endpoint changes it", ["College.QuotaDetail"] = "reference data: no form or endpoint changes it",
        ["Organisation.Website"] = "reference data: no form or endpoint changes it",
        ["Person.SearchKey"] = "folded from the name by SearchKey.Fold, which keeps letters and digits only: it holds no markup and is never shown",
        ["NotificationPreference.UnsubscribeToken"] = "a random secret the application generates",
        ["PendingNotification.Link"] = "a path of the site the application composes",
        ["LocalCommittee"] = "no page or endpoint writes it yet: the local network issue adds them, and their payloads here",
        ["Amendment.AuthorName"] = "copied from the signed-in account's display name (AppUser.DisplayName, which the sweep stores), never typed",
        ["Amendment.DecidedBy"] = "copied from the signed-in account's display name (AppUser.DisplayName, which the sweep stores), never typed",
        ["DeliverableVersion.SavedBy"] = "copied from the signed-in account's display name (AppUser.DisplayName, which the sweep stores), never typed",
        ["DeliverableVersion.Content"] = "the canonical JSON of the draft's typed fields (each swept), shown only through them",
        ["DeliverableVersion.ContentHash"] = "the SHA-256 of the version's content",
        ["DossierMove.ByName"] = "copied from the signed-in account's display name (AppUser.DisplayName, which the sweep stores), never typed",
        ["DocumentVersion.UploadedBy"] = "copied from the signed-in account's display name, as DossierMove.ByName",
        ["UploadedFile.StorageName"] = "a name the application generates", ["UploadedFile.ContentType"] = "read from the file's content, one of a fixed list",
        ["UploadedFile.Sha256"] = "computed from the file's content",
        ["Contribution.Findings"] = "written by the personal-data scan, in words", ["ContributionAttachment.Findings"] = "written by the personal-data scan, in words",
        ["Contribution.Receipt"] = "a number the application generates", ["Contribution.PolicyAreas"] = "keys of the reference data, chosen from a list",
    };

    /// <summary>"Entity.Property" of the text columns where no payload was stored.</summary>
    public static async Task<List<string>> UnsweptAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var unswept = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && !NotTyped.ContainsKey(t.ClrType.Name)
))
        {
            foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(string) && !p.IsKey() && !p.IsForeignKey()
                         && !NotTyped.ContainsKey($"{type.ClrType.Name}.{p.Name}")
                         && !NotTyped.ContainsKey($"{p.PropertyInfo?.DeclaringType?.Name}.{p.Name}")))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{type.GetTableName()}\" WHERE lower(\"{property.GetColumnName()}\") LIKE '%xss=1%' "
                    + $"OR lower(\"{property.GetColumnName()}\") LIKE '%<style>%'";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    unswept.Add($"{type.ClrType.Name}.{property.Name}");
            }
        }
        return unswept;
    }
}
