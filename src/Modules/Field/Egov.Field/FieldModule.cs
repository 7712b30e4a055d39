using Egov.Collaboration.Contracts;
using Egov.Field.Api;
using Egov.Field.Assignments;
using Egov.Field.Comments;
using Egov.Field.Data;
using Egov.Field.Demo;
using Egov.Field.Findings;
using Egov.Field.Photos;
using Egov.Field.Planning;
using Egov.Field.Reports;
using Egov.Field.Sync;
using Egov.Field.Templates;
using Egov.Platform;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Field;

/// <summary>
/// Registers field inspections: checklist versions, plans and assignments, the field app's sync API, findings and their
/// orders, the reports drafted for approval, the assignments' page and their comments.
/// </summary>
public static class FieldModule
{
    /// <summary>
    /// Adds the module; needs the registers' <c>IBuildingRegister</c>, the Org directory, the notification secretary,
    /// the approvals module's <c>IApprovalDrafts</c> and the accounts' <c>IOfficialRoles</c> registered, and must come
    /// after the Registries module (its demo plans assign the registers' demo buildings).
    /// </summary>
    public static IServiceCollection AddFieldModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<FieldDbContext, FieldSqliteDbContext, FieldPostgresDbContext>(database);
        services.AddScoped<FieldCallers>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<AssignmentAccess>();
        services.AddScoped<InspectionPlans>();
        services.AddScoped<SyncDownload>();
        services.AddScoped<InspectionSync>();
        services.AddScoped<PhotoUploads>();
        services.AddScoped<CorrectiveOrders>();
        services.AddScoped<OrderNotices>();
        services.AddScoped<OrderService>();
        services.AddScoped<ReportWriter>();
        services.AddScoped<InspectionReports>();
        services.AddScoped<AfterCompletion>();
        services.AddScoped<Dashboard.FieldDashboard>();
        services.AddScoped<AssignmentDetailsQuery>();
        services.AddScoped<ICommentSubjects, AssignmentComments>();
        services.AddScoped<IDataSeeder, TemplateSeeder>();
        services.AddScoped<IDataSeeder, DemoPlanSeeder>();
        services.AddRecurringJob<OverdueOrdersJob>();
        return services;
    }

    /// <summary>Maps the field API (<c>/api/v1/field</c>) and the field app's service worker and manifest.</summary>
    public static IEndpointRouteBuilder MapFieldModule(this IEndpointRouteBuilder endpoints)
    {
        FieldApi.Map(endpoints);
        App.FieldAppEndpoints.Map(endpoints);
        return endpoints;
    }
}
