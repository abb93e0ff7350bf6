using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Roster;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Mail;

if (args is ["schema-script", var provider]) return SchemaScript.Print(provider);

var builder = WebApplication.CreateBuilder(args);
builder.AddData();
builder.AddWebDefaults();
builder.AddMail();
builder.AddAccounts();
builder.AddComposition();
builder.AddRoster();
builder.AddPrivacy();

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (FirstAdministrator.EmailArgument(args) is { } email) return await FirstAdministrator.RunAsync(app, email);
app.UseWebDefaults();
app.MapAccounts();
app.MapComposition();
app.MapRoster();
app.MapPrivacy();
app.Run();
return 0;

public partial class Program;
