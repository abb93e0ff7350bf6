using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Deliverables.Adoption;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.PersonalData;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Deliverables;

/// <summary>The deliverables of the dossiers (reports, opinions, green and white papers…): drafting with numbered recommendations, versions and amendments.</summary>
public sealed class DeliverablesFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<DraftEditor>();
        services.AddScoped<DeliverableService>();
        services.AddScoped<DeliverableQueries>();
        services.AddScoped<VersionService>();
        services.AddScoped<AmendmentService>();
        services.AddScoped<AmendmentQueries>();
        services.AddScoped<AdoptionService>();
        services.AddScoped<AdoptionQueries>();
        services.AddScoped<IVotedText>(s => s.GetRequiredService<AdoptionService>());
        // An amendment belongs to the record of the text's drafting: it stays, its author anonymised.
        services.AddPersonLinkedData<Amendment>(nameof(PersonExport.Amendments), ErasureRule.KeptWithAnonymisedPerson, RetentionKind.DossierArchive);
        // Signed-in accounts only; each page then enters the dossier's space (404 to outsiders).
        services.AuthorizeFolder("/Deliverables/Workspace", Policies.Workspace);
        services.AddDemoContent<DeliverablesDemo>();
    }
}
