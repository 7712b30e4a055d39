using Egov.Collaboration.Comments;
using Egov.Collaboration.Data;
using Egov.Collaboration.Live;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Collaboration;

/// <summary>
/// Registers comments with @mentions on other modules' subjects, the officials' mentions page and the live-update hub.
/// Each module whose subjects take comments registers its <c>ICommentSubjects</c> (Approvals: <c>approval-document</c>).
/// </summary>
public static class CollaborationModule
{
    /// <summary>Adds the module; needs the Org directory (<c>IOrgDirectory</c>) registered.</summary>
    public static IServiceCollection AddCollaborationModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddModuleDbContext<CollaborationDbContext, CollaborationSqliteDbContext, CollaborationPostgresDbContext>(database);
        services.AddOptions<CollaborationOptions>().BindConfiguration(CollaborationOptions.Section)
            .Validate(o => o.EditWindow >= TimeSpan.Zero, $"{CollaborationOptions.Section}:EditWindow must not be negative")
            .ValidateOnStart();
        services.AddSignalR();
        services.AddScoped<SubjectAccess>();
        services.AddScoped<MentionResolver>();
        services.AddScoped<CommentBoard>();
        services.AddScoped<CommentSignals>();
        return services;
    }

    /// <summary>Maps the live-update hub; the pages and the comments panel are found by Razor Pages and MVC.</summary>
    public static IEndpointRouteBuilder MapCollaborationModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CommentsHub>(CommentsHub.Path);
        return endpoints;
    }
}
