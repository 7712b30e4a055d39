using Egov.Approvals;
using Egov.Benefits;
using Egov.Collaboration;
using Egov.Documents;
using Egov.Field;
using Egov.Identity;
using Egov.Notifications;
using Egov.Org;
using Egov.Platform.Persistence;
using Egov.Registries;

namespace Egov.Host;

/// <summary>
/// The modules this deployment runs, in one list shared by the host and the CLI, so <c>egov db migrate</c>
/// migrates exactly what the host serves.
/// </summary>
public static class EgovModules
{
    public static IServiceCollection AddEgovModules(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddRegistriesModule(database);
        services.AddIdentityModule(configuration, database);
        services.AddDocumentsModule(database);
        services.AddBenefitsModule(database);
        services.AddNotificationsModule(database);
        services.AddOrgModule(database);
        services.AddApprovalsModule(database);
        services.AddCollaborationModule(database);
        services.AddFieldModule(database);
        return services;
    }

    public static IEndpointRouteBuilder MapEgovModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIdentityModule();
        endpoints.MapRegistriesModule();
        endpoints.MapDocumentsModule();
        endpoints.MapBenefitsModule();
        endpoints.MapNotificationsModule();
        endpoints.MapOrgModule();
        endpoints.MapApprovalsModule();
        endpoints.MapCollaborationModule();
        endpoints.MapFieldModule();
        return endpoints;
    }
}
