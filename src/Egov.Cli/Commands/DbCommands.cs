using System.CommandLine;
using Egov.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every module's pending migrations to the configured database (Database:Provider, ConnectionStrings:Egov).");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var output = parseResult.InvocationConfiguration.Output;
            var settings = host.Services.GetRequiredService<DatabaseSettings>();
            await output.WriteLineAsync($"database: {settings.Provider}");
            foreach (var (schema, applied) in await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken))
            {
                await output.WriteLineAsync($"  {schema}: {applied} migration(s) applied");
            }

            await output.WriteLineAsync("database up to date");
            return 0;
        });

        return new Command("db", "Database schema management.") { migrate };
    }
}
