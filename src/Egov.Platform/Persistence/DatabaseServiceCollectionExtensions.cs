using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Persistence;

/// <summary>Registers a module's DbContext for the configured provider.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Modules inject <typeparamref name="TContext"/>; the provider-specific subclass behind it carries the
    /// migration set of that provider. Contexts are pooled: building a context's options and internal services
    /// cost about as much CPU as a whole small request (half of a document verification's before pooling), so a
    /// context must keep no state of its own and must not change its options in <c>OnConfiguring</c>; a caller
    /// adds options with <c>ConfigureDbContext</c>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, DatabaseSettings settings)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        ArgumentNullException.ThrowIfNull(settings);
        var schema = ModuleSchemaAttribute.Of(typeof(TContext));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextPool<TSqlite>(o => ModuleDbContextOptions.Configure(o, settings, schema));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
            services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TSqlite)));
        }
        else
        {
            services.AddDbContextPool<TPostgres>(o => ModuleDbContextOptions.Configure(o, settings, schema));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TPostgres>());
            services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TPostgres)));
        }

        return services;
    }
}
