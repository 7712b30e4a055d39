using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Persistence;

/// <summary>Registers a module's DbContext for the configured provider.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Modules inject <typeparamref name="TContext"/>; the provider-specific subclass behind it carries the
    /// migration set of that provider.
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
            services.AddDbContext<TSqlite>(o => ModuleDbContextOptions.Configure(o, settings, schema));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
            services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TSqlite)));
        }
        else
        {
            services.AddDbContext<TPostgres>(o => ModuleDbContextOptions.Configure(o, settings, schema));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TPostgres>());
            services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TPostgres)));
        }

        return services;
    }
}
