using System.CommandLine;
using Egov.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

internal static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify",
            "Walk the whole audit chain and recompute every hash. Exit 0 when intact; exit 1 naming the first entry that does not match.");
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            using var scope = host.Services.CreateScope();
            var output = parseResult.InvocationConfiguration.Output;
            var progress = new Progress<long>(n => parseResult.InvocationConfiguration.Error.WriteLine($"  checked {n:N0} entries…"));
            var result = await scope.ServiceProvider.GetRequiredService<IAuditLog>().VerifyAsync(progress, cancellationToken);
            if (result.IsIntact)
            {
                await output.WriteLineAsync($"audit chain intact: {result.Entries} entries");
                return 0;
            }

            await output.WriteLineAsync($"audit chain broken at entry {result.BrokenAt}: {result.Problem} ({result.Entries} entries before it are intact)");
            return 1;
        });

        return new Command("audit", "The platform's tamper-evident audit log.") { verify };
    }
}
