using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Audit;
using Egov.Platform.Data;
using Egov.Platform.Events;
using Egov.Platform.Jobs;
using Egov.Platform.Keys;
using Egov.Platform.Pdf;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Egov.Platform;

/// <summary>The shared kernel every process needs (the host and the CLI): database, audit, outbox, jobs.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>Registers the platform's services; returns the database settings the modules register with.</summary>
    public static DatabaseSettings AddEgovPlatform(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var home = EgovHome.Resolve(configuration, contentRoot);
        var database = DatabaseSettings.From(configuration, home);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostInstance>();

        services.AddModuleDbContext<PlatformDbContext, PlatformSqliteDbContext, PlatformPostgresDbContext>(database);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<AuditChainWriter>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditReader, AuditReader>();
        services.AddSingleton<IKeyStore, DatabaseKeyStore>();
        services.AddSingleton<PadesSigner>();

        services.AddOptions<OutboxOptions>().BindConfiguration("Platform:Outbox");
        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<OutboxAdmin>();
        services.AddOptions<JobOptions>().BindConfiguration("Platform:Jobs");
        services.AddSingleton<JobRunner>();

        // Keys in the database: every host copy decrypts the others' cookies and antiforgery tokens.
        // In production they are encrypted at rest with a certificate the copies share (from the secret store).
        var protection = services.AddDataProtection()
            .SetApplicationName("Enjoy e-Gov")
            .PersistKeysToDbContext<PlatformDbContext>();
        var certificate = configuration["Platform:DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificate))
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                Path.GetFullPath(certificate, home), configuration["Platform:DataProtection:CertificatePassword"]));
        }

        return database;
    }

    /// <summary>The background loops of a host copy: outbox dispatch and recurring jobs.</summary>
    public static IServiceCollection AddEgovBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService<OutboxDispatcherService>();
        services.AddHostedService<JobSchedulerService>();
        return services;
    }

    /// <summary>Adds a recurring job; the scheduler runs each occurrence in one host copy.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services)
        where TJob : class, IRecurringJob
    {
        services.AddSingleton<IRecurringJob, TJob>();
        return services;
    }
}
