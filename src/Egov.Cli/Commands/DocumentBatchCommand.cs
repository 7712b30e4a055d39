using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Egov.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary><c>documents batch</c>: a mail run, one certificate for each person of a list, with progress and resumption.</summary>
internal static class DocumentBatchCommand
{
    public static Command Create(Action<IConfigurationBuilder>? configure)
    {
        var type = new Option<string>("--type") { Description = "A certificate code of the pack's catalog, e.g. basic-certificate.", Required = true };
        var list = new Option<FileInfo>("--identifiers")
        {
            Description = "A text file with one personal identifier per line (blank lines are skipped), e.g. cut from residents.csv.", Required = true,
        };
        var skip = new Option<long>("--skip") { Description = "Lines already done by an earlier run: the 'lines done' of its last progress line." };
        var workers = new Option<int?>("--workers") { Description = "Certificates made at a time; one per core when absent." };
        var outDir = new Option<DirectoryInfo?>("--out-dir") { Description = "Also write each signed PDF here as NUMBER.pdf (for printing and posting)." };
        var language = new Option<string?>("--language") { Description = "A language of the pack; its default when absent." };
        var purpose = new Option<string?>("--purpose") { Description = "A purpose code of the certificate, printed on it." };
        var command = new Command("batch",
            "Issue a certificate to each person of a list (a mail run). The list is read as it goes and each certificate is committed on its own, "
            + "so memory stays flat and a stop loses nothing: progress (to stderr) says how many lines are done, and --skip resumes after them. "
            + "Every issuance is audited under the operator's name (the USER environment variable). Exits 3 when some lines were refused.")
        { type, list, skip, workers, outDir, language, purpose };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var file = parseResult.GetValue(list)!;
            if (!file.Exists)
            {
                await stderr.WriteLineAsync($"no such file: {file.FullName}");
                return 2;
            }

            var directory = parseResult.GetValue(outDir);
            directory?.Create();
            using var host = await CliHost.BuildMigratedAsync(configure, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentDesk>().IssueBatchAsync(
                new DeskBatchRequest(parseResult.GetValue(type)!, parseResult.GetValue(language), parseResult.GetValue(purpose),
                    $"operator:{Environment.UserName}", parseResult.GetValue(skip), parseResult.GetValue(workers)),
                Lines(file, cancellationToken),
                directory is null ? null : (issued, _, ct) => File.WriteAllBytesAsync(Path.Combine(directory.FullName, $"{issued.Number}.pdf"), issued.Pdf!, ct),
                new SynchronousProgress(p => stderr.WriteLine(Describe(p))),
                cancellationToken);

            await stdout.WriteLineAsync(Describe(result.Final));
            foreach (var (refusal, count) in result.Refusals.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  refused {refusal}: {count:N0}"));
            }

            return result.Final.Refused == 0 ? 0 : 3;
        });
        return command;
    }

    private static string Describe(DeskBatchProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"lines done {p.LinesDone:N0} · issued {p.Issued:N0} · refused {p.Refused:N0} · {p.PerSecond:N1}/s · {p.Elapsed:hh\\:mm\\:ss} · memory {p.WorkingSetBytes / 1048576.0:N0} MiB");

    private static async IAsyncEnumerable<string> Lines(FileInfo file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = file.OpenText();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Reports on the worker's thread: <see cref="Progress{T}"/> would post to the thread pool and print out of order.</summary>
    private sealed class SynchronousProgress(Action<DeskBatchProgress> report) : IProgress<DeskBatchProgress>
    {
        public void Report(DeskBatchProgress value) => report(value);
    }
}
