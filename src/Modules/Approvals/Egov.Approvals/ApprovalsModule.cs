using Egov.Approvals.Data;
using Egov.Approvals.Sealing;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals;

/// <summary>Registers e-approval: official documents, approval lines, numbering, the officials' inbox and the linked-approval API.</summary>
public static class ApprovalsModule
{
    /// <summary>Adds the module; needs the Org directory (<c>IOrgDirectory</c>) and the Notifications module registered.</summary>
    public static IServiceCollection AddApprovalsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<ApprovalsDbContext, ApprovalsSqliteDbContext, ApprovalsPostgresDbContext>(database);
        services.AddSingleton<OfficialDocumentSealer>();
        return services;
    }

    /// <summary>Maps the module's API and live-update hub; the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapApprovalsModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
