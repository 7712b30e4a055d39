using Egov.Approvals.Api;
using Egov.Approvals.Comments;
using Egov.Approvals.Contracts;
using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Drafting;
using Egov.Approvals.Inbox;
using Egov.Approvals.Live;
using Egov.Approvals.Receiving;
using Egov.Approvals.Records;
using Egov.Approvals.Sealing;
using Egov.Collaboration.Contracts;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals;

/// <summary>
/// Registers e-approval: official documents, approval lines, numbering, the officials' inbox, dispatch to recipient
/// agencies and their receiving, the records view, the public list, the linked-approval API and other modules' drafting
/// (<see cref="IApprovalDrafts"/>).
/// </summary>
public static class ApprovalsModule
{
    /// <summary>Adds the module; needs the Org directory (<c>IOrgDirectory</c>) registered.</summary>
    public static IServiceCollection AddApprovalsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<ApprovalsDbContext, ApprovalsSqliteDbContext, ApprovalsPostgresDbContext>(database);
        services.AddSignalR();
        services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section);
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<ApprovalActions>();
        services.AddScoped<LineProposer>();
        services.AddScoped<DraftService>();
        services.AddScoped<IApprovalDrafts, ApprovalDrafts>();
        services.AddScoped<SavedLines>();
        services.AddScoped<InboxQueries>();
        services.AddScoped<InboxSignals>();
        services.AddScoped<DocumentSeals>();
        services.AddScoped<ReceivedDocuments>();
        services.AddScoped<RecordsQueries>();
        services.AddScoped<PublicDocuments>();
        services.AddSingleton<OfficialDocumentSealer>();
        services.AddScoped<ICommentSubjects, ApprovalDocumentComments>();
        return services;
    }

    /// <summary>Maps the linked-approval API and the inbox's live-update hub; the pages are found by Razor Pages.</summary>
    public static IEndpointRouteBuilder MapApprovalsModule(this IEndpointRouteBuilder endpoints)
    {
        LinkedApprovalApi.Map(endpoints);
        endpoints.MapHub<ApprovalsHub>(ApprovalsHub.Path);
        return endpoints;
    }
}
