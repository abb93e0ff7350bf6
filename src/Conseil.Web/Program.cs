using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.AuditLog;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.Outbox;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Programme;
using Conseil.Web.Features.Roster;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.Mail;

if (args is ["schema-script", var provider]) return SchemaScript.Print(provider);

// One line per feature (Features/<X>/<X>Feature.cs); the workspace menu and home cards follow this order.
IFeature[] features =
[
    new CompositionFeature(),
    new ProgrammeFeature(),
    new DossiersFeature(),
    new WorkingGroupsFeature(),
    new ContributionsFeature(),
    new DeliverablesFeature(),
    new MeetingsFeature(),
    new NotificationsFeature(),
    new RosterFeature(),
    new AccountsFeature(),
    new AuditLogFeature(),
    new PrivacyFeature(),
    new OutboxFeature(),
    new WorkspaceFeature(),
];

var builder = WebApplication.CreateBuilder(args);
builder.AddData();
builder.AddWebDefaults();
builder.AddMail();
builder.AddFiles();
foreach (var feature in features) feature.Add(builder);

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (FirstAdministrator.EmailArgument(args) is { } email) return await FirstAdministrator.RunAsync(app, email);
app.UseWebDefaults();
foreach (var feature in features) feature.Map(app);
app.Run();
return 0;

public partial class Program;
