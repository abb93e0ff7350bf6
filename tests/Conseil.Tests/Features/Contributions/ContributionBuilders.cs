using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Contributions;

namespace Conseil.Tests.Features.Contributions;

/// <summary>A dossier open to contributions, with its working group's member (an account) and its call.</summary>
public sealed record OpenDossier(int DossierId, int CallId, string MemberUserId);

/// <summary>Test data of contributions, written straight to the database (no rules checked), and the public form as a browser posts it.</summary>
public static partial class ContributionBuilders
{
    public static readonly DateOnly CallOpened = new(2026, 11, 1);

    /// <summary>A dossier under examination whose group has one member with an account, and a call for contributions open since 1 November 2026.</summary>
    public static async Task<OpenDossier> AddOpenDossierAsync(this AppDb db, string name = "Dossier ouvert aux contributions")
    {
        var person = CompositionBuilders.Person("Léa", "Groupe");
        db.People.Add(person);
        var dossier = WorkingGroupBuilders.Dossier(name);
        await db.AddGroupAsync("Groupe du dossier", dossier, person);
        var call = new ContributionCall { DossierId = dossier.Id, OpensOn = CallOpened, Invitation = "Vos retours d'expérience." };
        db.ContributionCalls.Add(call);
        await db.SaveChangesAsync();
        return new(dossier.Id, call.Id, await db.AddAccountAsync(person, $"lea.groupe.{dossier.Id}@conseil.test"));
    }

    public static Contribution Contribution(int? dossierId, ContributionStatus status = ContributionStatus.Accepted, string text = "Texte partagé") => new()
    {
        DossierId = dossierId, Title = "Contribution d'essai", AuthorName = "Camille Essai", AuthorEmail = "camille.essai@exemple.test",
        OrganisationName = "Comité local d'essai", ContributorKind = ContributorKind.LocalCommittee,
        OriginalText = status == ContributionStatus.Held ? text : null, SharedText = status == ContributionStatus.Held ? null : text,
        Status = status, ReceivedAt = new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc), Receipt = Receipts.New(), Consented = true,
    };

    /// <summary>The public form's fields, filled as a contributor would; <paramref name="changes"/> overrides or removes (null) some.</summary>
    public static Dictionary<string, string?> Form(int callId, string text, params (string Field, string? Value)[] changes)
    {
        var form = new Dictionary<string, string?>
        {
            ["Input.CallId"] = callId.ToString(), ["Input.Kind"] = nameof(ContributorKind.LocalCommittee), ["Input.AuthorName"] = "Camille Contributrice",
            ["Input.OrganisationName"] = "Comité local d'essai", ["Input.Email"] = "camille@exemple.test", ["Input.Title"] = "Retour d'expérience",
            ["Input.Text"] = text, ["Input.Consent"] = "true", ["Input.Website"] = "",
        };
        foreach (var (field, value) in changes) form["Input." + field] = value;
        return form;
    }

    /// <summary>Posts the public form as multipart, as a browser does (token from the form page), with files under Input.AttachmentN.</summary>
    public static async Task<HttpResponseMessage> PostContributionAsync(this HttpClient client, Dictionary<string, string?> form,
        params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = await client.GetStringAsync("/contribuer");
        using var content = new MultipartFormDataContent { { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in form.Where(f => f.Value is not null)) content.Add(new StringContent(value!), name);
        foreach (var (field, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Input." + field, fileName);
        }
        return await client.PostAsync("/contribuer", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
