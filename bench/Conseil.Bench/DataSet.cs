using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conseil.Bench;

/// <summary>
/// A fresh database as the application would see it after years of use: the real start-up path
/// (migrations, reference data, demo content), then <see cref="HistoryGenerator"/>'s past terms,
/// and <see cref="BenchMember"/>'s account.
/// </summary>
internal static class DataSet
{
    public static async Task<int> GenerateAsync(DatabaseProvider provider, string connectionString, int scale)
    {
        var (memberPersonId, secretariatKey) = await PrepareAsync(provider, connectionString);

        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, provider, connectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        var added = await HistoryGenerator.AddPastTermsAsync(db, HistoryGenerator.TermsPerScale * scale, CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await DossierGenerator.AddDossiersAsync(db, DossierGenerator.DossiersPerScale * scale, today, CancellationToken.None);
        var largeDossier = await DossierGenerator.AddLargeDossierAsync(db, memberPersonId, today, scale, CancellationToken.None);

        Console.WriteLine($"{provider}, scale {scale}: {added.Terms} past terms, {await db.People.CountAsync()} people, " +
            $"{await db.Mandates.CountAsync()} mandates, {await db.Offices.CountAsync()} offices, " +
            $"{await db.BodyMemberships.CountAsync()} memberships, {await db.Dossiers.CountAsync()} dossiers, " +
            $"{await db.Hearings.CountAsync()} hearings, {await db.Contributions.CountAsync()} contributions, " +
            $"{await db.DossierDocuments.CountAsync()} documents, {await db.AuditEntries.CountAsync()} audit entries");
        // Read by bench/run: the large dossier's page, and the key of the secretariat's second factor.
        Console.WriteLine($"large-dossier={largeDossier}");
        Console.WriteLine($"secretariat-key={secretariatKey}");
        return 0;
    }

    /// <summary>Runs the application's own database start-up without serving anything.</summary>
    private static async Task<(int, string)> PrepareAsync(DatabaseProvider provider, string connectionString)
    {
        // The demo people give the history its current term; the demo accounts stay out, since the measured
        // application runs in Production, which refuses them.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AppDb).Assembly.GetName().Name,
            EnvironmentName = "Development",
        });
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["ConnectionStrings:Conseil"] = connectionString;
        builder.Configuration["Conseil:DemoContent"] = "true";
        builder.Configuration["Conseil:DemoAccounts"] = "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddData();
        builder.AddMail();
        new AccountsFeature().Add(builder);
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return await BenchMember.CreateAsync(app.Services);
    }
}
