using System.CommandLine;
using Egov.Cli.Commands;
using Egov.Testing;
using Microsoft.Extensions.Configuration;

namespace Egov.Documents.Tests;

/// <summary><c>egov documents issue|verify</c> against a fresh database seeded with the kr pack's demo people.</summary>
public sealed class DocumentCommandsTests : IAsyncLifetime
{
    private const string KimMinjun = "780412-1023453";

    private TestDatabase database = null!;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("egov-documents-cli-");

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Issue_WritesASignedPdfAndCredential_ThatVerifyAcceptsOffline()
    {
        var pdf = Path.Combine(folder.FullName, "family.pdf");
        var vc = Path.Combine(folder.FullName, "family.jwt");

        var (issued, output, _) = await RunAsync("documents", "issue", "--type", "family-relation-certificate", "--resident", KimMinjun, "--out", pdf, "--vc", vc);

        Assert.Equal(0, issued);
        Assert.Matches(@"^issued \d{4}-\d{4}-\d{4}-\d{4} -> ", output);
        var (pdfCheck, pdfOutput, _) = await RunAsync("documents", "verify", pdf);
        Assert.Equal(0, pdfCheck);
        Assert.StartsWith("valid (pdf)", pdfOutput, StringComparison.Ordinal);
        Assert.Contains("김민준", pdfOutput, StringComparison.Ordinal);
        var (vcCheck, vcOutput, _) = await RunAsync("documents", "verify", vc);
        Assert.Equal(0, vcCheck);
        Assert.StartsWith("valid (credential)", vcOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_ForAnUnknownPersonOrType_WritesNothingAndExits1()
    {
        var pdf = Path.Combine(folder.FullName, "none.pdf");

        var (unknownPerson, _, personError) = await RunAsync("documents", "issue", "--type", "basic-certificate", "--resident", "900101-1234568", "--out", pdf);
        var (unknownType, _, typeError) = await RunAsync("documents", "issue", "--type", "passport", "--resident", KimMinjun, "--out", pdf);

        Assert.Equal((1, 1), (unknownPerson, unknownType));
        Assert.Contains("not issued: unknown-subject", personError, StringComparison.Ordinal);
        Assert.Contains("not issued: unknown-type", typeError, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public async Task Verify_AChangedOrForeignFile_IsNotValid()
    {
        var pdf = Path.Combine(folder.FullName, "basic.pdf");
        Assert.Equal(0, (await RunAsync("documents", "issue", "--type", "basic-certificate", "--resident", KimMinjun, "--out", pdf)).ExitCode);
        var bytes = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
        bytes[bytes.Length / 2] ^= 0x20;
        var changed = Path.Combine(folder.FullName, "changed.pdf");
        await File.WriteAllBytesAsync(changed, bytes, TestContext.Current.CancellationToken);
        var garbage = Path.Combine(folder.FullName, "garbage.txt");
        await File.WriteAllTextAsync(garbage, "hello", TestContext.Current.CancellationToken);

        var (changedCheck, changedOutput, _) = await RunAsync("documents", "verify", changed);
        var (garbageCheck, garbageOutput, _) = await RunAsync("documents", "verify", garbage);
        var (missing, _, missingError) = await RunAsync("documents", "verify", Path.Combine(folder.FullName, "missing.pdf"));

        Assert.Equal((1, 1, 2), (changedCheck, garbageCheck, missing));
        Assert.StartsWith("tampered (pdf)", changedOutput, StringComparison.Ordinal);
        Assert.StartsWith("unknown (credential)", garbageOutput, StringComparison.Ordinal);
        Assert.Contains("no such file", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipientsAdd_PrintsTheWebhookSecret_AndRefusesUnknownClientsAndBadAddresses()
    {
        var (added, output, _) = await RunAsync("documents", "recipients", "add", "demo-bank", "--webhook", "https://bank.example/egov/documents");
        var (unknown, _, unknownError) = await RunAsync("documents", "recipients", "add", "no-such-client", "--webhook", "https://bank.example/hook");
        var (bad, _, badError) = await RunAsync("documents", "recipients", "add", "demo-bank", "--webhook", "ftp://bank.example/hook");

        Assert.Equal((0, 1, 2), (added, unknown, bad));
        Assert.Matches("^demo-bank receives documents; webhook secret: [A-Za-z0-9+/=]{44}", output);
        Assert.Contains("no client 'no-such-client'", unknownError, StringComparison.Ordinal);
        Assert.Contains("not an http(s) address", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_IssuesOnePerListedPerson_CountsRefusals_AndResumesAfterTheLinesDone()
    {
        var list = Path.Combine(folder.FullName, "mail-run.txt");
        await File.WriteAllLinesAsync(list, [KimMinjun, "", "900101-1234568", "800923-2045655"], TestContext.Current.CancellationToken);
        var pdfs = Directory.CreateDirectory(Path.Combine(folder.FullName, "pdfs"));

        var (exit, output, progress) = await RunAsync("documents", "batch", "--type", "basic-certificate", "--identifiers", list, "--out-dir", pdfs.FullName);

        Assert.Equal(3, exit);
        Assert.StartsWith("lines done 4 · issued 2 · refused 1 · ", output, StringComparison.Ordinal);
        Assert.Contains("refused unknown-subject: 1", output, StringComparison.Ordinal);
        Assert.Contains("lines done 4", progress, StringComparison.Ordinal);
        var written = pdfs.GetFiles("*.pdf");
        Assert.Equal(2, written.Length);
        Assert.StartsWith("valid (pdf)", (await RunAsync("documents", "verify", written[0].FullName)).Output, StringComparison.Ordinal);

        var (resumed, resumedOutput, _) = await RunAsync("documents", "batch", "--type", "basic-certificate", "--identifiers", list, "--skip", "3");

        Assert.Equal(0, resumed);
        Assert.StartsWith("lines done 4 · issued 1 · refused 0 · ", resumedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_WithoutItsList_Exits2()
    {
        var (exit, _, error) = await RunAsync("documents", "batch", "--type", "basic-certificate", "--identifiers", Path.Combine(folder.FullName, "missing.txt"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(DocumentCommands.Create(c => c.AddInMemoryCollection(new Dictionary<string, string?>(database.Configuration)
        {
            ["Packs:Directory"] = Path.Combine(RepoPaths.Root, "packs"),
            ["Registries:DemoPopulation:Size"] = "0",
        })));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
