using System.Text;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Caching;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.AspNetCore.OutputCaching;

namespace Conseil.Web.Features.Meetings;

/// <summary>The meetings of the bodies: scheduling, the agenda, attendance with proxies and substitutes, the quorum, the votes, the minutes, convocations and calendars.</summary>
public sealed class MeetingsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Convocations>();
        services.AddScoped<MeetingRights>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<MeetingService>();
        services.AddScoped<AgendaService>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<ReplyService>();
        services.AddScoped<PackQueries>();
        services.AddScoped<PackService>();
        services.AddScoped<VoteQueries>();
        services.AddScoped<VoteService>();
        services.AddScoped<MinutesQueries>();
        services.AddScoped<MinutesService>();
        services.AddScoped<WrittenService>();
        services.AddScoped<ConvocationMails>();
        services.AddScoped<MeetingEvents>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<CalendarTokens>();
        services.AuthorizeFolder("/Meetings/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Séances", MeetingPaths.List, Policies.Workspace);
        services.AddWorkspaceMenuEntry("Consultations écrites", MeetingPaths.Consultations, Policies.Secretariat);
        services.AddPersonLinkedData<Attendance>(nameof(PersonExport.Attendances), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddPersonLinkedData<ConvocationReply>(nameof(PersonExport.ConvocationReplies), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        // A vote by roll call is in the minutes: the ballots stay, pointing to the anonymised person.
        services.AddPersonLinkedData<Ballot>(nameof(PersonExport.Ballots), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddPersonLinkedData<ConflictOfInterest>(nameof(PersonExport.ConflictsOfInterest), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        // A vote by written procedure is part of the body's decision, like a ballot in a meeting.
        services.AddPersonLinkedData<WrittenBallot>(nameof(PersonExport.WrittenBallots), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        // A remark on a procès-verbal belongs to the record of its approval: it stays, its author anonymised.
        services.AddPersonLinkedData<MinutesRemark>(nameof(PersonExport.MinutesRemarks), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        // A private calendar address opens a person's meetings: it goes with them on erasure, and with their account.
        services.AddPersonLinkedData<CalendarFeed>(nameof(PersonExport.CalendarFeeds), ErasureRule.Deleted, RetentionKind.FormerMemberAccount);
        services.AddSingleton<IRetentionStep, CalendarFeedRetention>();
        services.AddDemoContent<MeetingsDemo>();
    }

    public void Map(WebApplication app)
    {
        // The public sessions, cached for anonymous readers like /seances and evicted with it.
        app.MapGet(MeetingPaths.PublicFeed, async (CalendarFeeds feeds, CancellationToken ct) => Calendar(await feeds.PublicAsync(ct)))
            .AllowAnonymous()
            .WithMetadata(new OutputCacheAttribute { PolicyName = PageCache.Policy, Tags = [PageCacheTags.Meetings] })
            .ExcludeFromDescription();

        // A private address: whoever holds it reads it (calendar applications send no cookie); unknown or revoked, 404.
        app.MapGet("/calendrier/{token}.ics", async (string token, CalendarTokens tokens, CalendarFeeds feeds, HttpResponse response, CancellationToken ct) =>
            {
                if (await tokens.ResolveAsync(token, ct) is not { } owner || await feeds.OfAsync(owner, ct) is not { } ics) return Results.NotFound();
                response.Headers.CacheControl = "private, no-store";
                return Calendar(ics);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static IResult Calendar(string ics) => Results.Text(ics, "text/calendar", Encoding.UTF8);
}
