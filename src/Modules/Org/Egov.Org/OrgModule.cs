using Egov.Org.Administration;
using Egov.Org.Contracts;
using Egov.Org.Data;
using Egov.Org.Demo;
using Egov.Org.Directory;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Org;

/// <summary>Registers the organisation: departments, officials' records, leaves and delegation tables.</summary>
public static class OrgModule
{
    /// <summary>Adds the org database, <see cref="IOrgDirectory"/> for other modules, and the demo organisation's seeding.</summary>
    public static IServiceCollection AddOrgModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<OrgDbContext, OrgSqliteDbContext, OrgPostgresDbContext>(database);
        services.AddScoped<OrgCharts>();
        services.AddScoped<DelegationTables>();
        services.AddScoped<DelegationRuleText>();
        services.AddScoped<IOrgDirectory, OrgDirectory>();
        services.AddScoped<DepartmentChanges>();
        services.AddScoped<OfficialChanges>();
        services.AddScoped<LeaveChanges>();
        services.AddScoped<DelegationChanges>();
        services.AddScoped<IDataSeeder, DemoOrgSeeder>();
        return services;
    }

    /// <summary>The pages are found by Razor Pages; nothing else to map yet.</summary>
    public static IEndpointRouteBuilder MapOrgModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
