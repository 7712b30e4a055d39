using Egov.Documents.Data;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents;

/// <summary>Registers certificate issuance, verification and the wallet with the host.</summary>
public static class DocumentsModule
{
    /// <summary>Adds the documents database; needs the pack and the Registries module registered first.</summary>
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<DocumentsDbContext, DocumentsSqliteDbContext, DocumentsPostgresDbContext>(database);
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
