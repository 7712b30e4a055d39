using Egov.Documents.Api;
using Egov.Documents.Data;
using System.Security.Cryptography;
using Egov.Documents.Issuance;
using Egov.Documents.Pdf;
using Egov.Documents.Submitting;
using Egov.Platform.Events;
using Egov.Documents.TimeStamping;
using Egov.Documents.Verifying;
using Egov.Platform.Keys;
using Egov.Platform.Pdf;
using Egov.Platform.Persistence;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Egov.Documents;

/// <summary>Registers certificate issuance, verification and the wallet with the host.</summary>
public static class DocumentsModule
{
    /// <summary>
    /// Adds the documents database, issuance, verification and the platform's time-stamping authority; needs the
    /// pack, the key store and the Registries module registered first. <c>Documents:PublicUrl</c> is the address
    /// printed on certificates and the root of the issuer's did:web identifier.
    /// </summary>
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<DocumentsDbContext, DocumentsSqliteDbContext, DocumentsPostgresDbContext>(database);
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section)
            .Validate(o => o.PublicUrl.IsAbsoluteUri, $"{DocumentsOptions.Section}:PublicUrl must be an absolute http(s) address")
            .Validate(o => IsOid(o.TimeStampPolicy), $"{DocumentsOptions.Section}:TimeStampPolicy must be a dotted OID")
            .ValidateOnStart();
        services.AddScoped<RegisterFacts>();
        services.AddScoped<WalletOffers>();
        services.AddSingleton<DocumentBatch>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<DocumentVerifier>();
        services.AddSingleton<VerificationQueue>();
        // Runs in the host only: the CLI never starts its services, and its checks then run one by one.
        services.AddHostedService<VerificationQueueWorker>();
        services.AddScoped<DocumentStatusLists>();
        services.AddScoped<DocumentRevocation>();
        services.AddScoped<DocumentWallet>();
        services.AddScoped<IDocumentDesk, DocumentDesk>();
        services.AddScoped<Recipients>();
        services.AddScoped<DocumentSubmissions>();
        services.AddScoped<SubmissionFetches>();
        services.AddScoped<DocumentRequests>();
        // A typed client first: the handler registration below then keeps it (it only adds when missing).
        services.AddHttpClient<SubmissionNotifier>();
        services.AddIntegrationEventHandler<DocumentSubmitted, SubmissionNotifier, DocumentsDbContext>();
        services.AddIntegrationEventHandler<EntryCorrected, CorrectionRevocation, DocumentsDbContext>();
        services.AddSingleton(sp => new LocalTimeStampAuthority(
            sp.GetRequiredService<IKeyStore>(), sp.GetRequiredService<TimeProvider>(),
            new Oid(sp.GetRequiredService<IOptions<DocumentsOptions>>().Value.TimeStampPolicy)));
        services.AddSingleton<ITimeStampAuthority, InProcessTimeStampAuthority>();
        return services;
    }

    private static bool IsOid(string? text) =>
        text is { Length: > 2 } && text.Split('.').All(arc => arc.Length > 0 && arc.All(char.IsAsciiDigit));

    /// <summary>Maps the public documents API, the DID document and the time-stamping service; the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapDocumentsModule(this IEndpointRouteBuilder endpoints)
    {
        DocumentsApi.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<IOptions<DocumentsOptions>>().Value);
        SubmissionsApi.Map(endpoints);
        RequestsApi.Map(endpoints);
        endpoints.MapTimeStamping();
        return endpoints;
    }
}
