using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>How every module context talks to its database; the same for the host, the CLI and design time.</summary>
public static class ModuleDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings, string schema)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        // Each module keeps its own migration history beside its tables, so modules migrate independently.
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(settings.ConnectionString, o => o.MigrationsHistoryTable($"{schema}_ef_migrations"));
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString, o => o.MigrationsHistoryTable("ef_migrations", schema));
        }

        options.UseSnakeCaseNamingConvention();
    }
}
