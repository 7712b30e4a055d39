using System.CommandLine;
using Egov.Platform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

internal static class OutboxCommands
{
    public static Command Create()
    {
        var replay = new Option<bool>("--replay")
        {
            Description = "Put every dead letter back in the queue with fresh attempts; a running host delivers them.",
        };
        var deadLetters = new Command("dead-letters",
            "List event deliveries that failed too often (module, message, event type, handler, attempts, last error).") { replay };
        deadLetters.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var admin = host.Services.GetRequiredService<OutboxAdmin>();
            var output = parseResult.InvocationConfiguration.Output;
            var dead = await admin.ListDeadLettersAsync(cancellationToken);
            foreach (var d in dead)
            {
                await output.WriteLineAsync($"{d.Module}\t{d.MessageId}\t{d.OccurredAt:O}\t{d.EventType}\t{d.Handler}\tattempts={d.Attempts}\t{d.LastError}");
            }

            await output.WriteLineAsync($"{dead.Count} dead letter(s)");
            if (parseResult.GetValue(replay) && dead.Count > 0)
            {
                await output.WriteLineAsync($"{await admin.ReplayDeadLettersAsync(cancellationToken)} delivery(ies) queued again");
            }

            return 0;
        });

        return new Command("outbox", "Integration events waiting in the modules' outboxes.") { deadLetters };
    }
}
