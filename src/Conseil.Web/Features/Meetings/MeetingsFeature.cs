using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Meetings;

/// <summary>The meetings of the bodies: scheduling, the agenda, attendance with proxies and substitutes, the quorum, the votes, the minutes.</summary>
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
        services.AddScoped<VoteQueries>();
        services.AddScoped<VoteService>();
        services.AddScoped<MinutesQueries>();
        services.AddScoped<MinutesService>();
        services.AuthorizeFolder("/Meetings/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Séances", MeetingPaths.List, Policies.Workspace);
        services.AddPersonLinkedData<Attendance>(nameof(PersonExport.Attendances), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        // A vote by roll call is in the minutes: the ballots stay, pointing to the anonymised person.
        services.AddPersonLinkedData<Ballot>(nameof(PersonExport.Ballots), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddPersonLinkedData<ConflictOfInterest>(nameof(PersonExport.ConflictsOfInterest), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.CompositionHistory);
        services.AddDemoContent<MeetingsDemo>();
    }
}
