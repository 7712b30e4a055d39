using System.CommandLine;
using Egov.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary><c>documents …</c>: issuance at a counter, kiosk or mail run, and offline verification of document files.</summary>
public static class DocumentCommands
{
    /// <summary>Builds the <c>documents</c> command; <paramref name="configure"/> adds configuration (tests point it at their database).</summary>
    public static Command Create(Action<IConfigurationBuilder>? configure = null) =>
        new("documents", "Certificates: issue one for a person who has shown their identity document, or verify a document file.") { Issue(configure), DocumentBatchCommand.Create(configure), Verify(configure), Recipients(configure) };

    private static Command Issue(Action<IConfigurationBuilder>? configure)
    {
        var type = new Option<string>("--type") { Description = "A certificate code of the pack's catalog (egov pack validate lists them), e.g. family-relation-certificate.", Required = true };
        var resident = new Option<string>("--resident") { Description = "The person's identifier as on their identity document.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the signed PDF.", Required = true };
        var credential = new Option<FileInfo?>("--vc") { Description = "Also write the verifiable credential (VC-JWT) here." };
        var language = new Option<string?>("--language") { Description = "A language of the pack; its default when absent." };
        var purpose = new Option<string?>("--purpose") { Description = "A purpose code of the certificate, printed on it." };
        var reveal = new Option<bool>("--reveal") { Description = "Print identifiers in full (only when the person asks for it)." };
        var command = new Command("issue",
            "Issue a certificate to the person themselves (at a counter or kiosk, after checking their identity document) and write it as files. "
            + "The register read and the issuance are audited under the operator's name (the USER environment variable).")
        { type, resident, output, credential, language, purpose, reveal };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            using var host = await CliHost.BuildMigratedAsync(configure, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var issued = await scope.ServiceProvider.GetRequiredService<IDocumentDesk>().IssueAsync(
                new DeskIssueRequest(parseResult.GetValue(type)!, parseResult.GetValue(resident)!, parseResult.GetValue(language), parseResult.GetValue(purpose),
                    parseResult.GetValue(reveal), null, $"operator:{Environment.UserName}"),
                cancellationToken);
            if (issued.Refusal is { } refusal)
            {
                await stderr.WriteLineAsync($"not issued: {refusal}");
                return 1;
            }

            var pdf = parseResult.GetValue(output)!;
            await File.WriteAllBytesAsync(pdf.FullName, issued.Pdf!, cancellationToken);
            if (parseResult.GetValue(credential) is { } vc)
            {
                await File.WriteAllTextAsync(vc.FullName, issued.Credential!, cancellationToken);
            }

            await stdout.WriteLineAsync($"issued {issued.Number} -> {pdf.FullName}");
            return 0;
        });
        return command;
    }

    private static Command Verify(Action<IConfigurationBuilder>? configure)
    {
        var file = new Argument<FileInfo>("file") { Description = "A signed PDF, a VC-JWT, or a text file holding a QR code's text (EGOV1:…)." };
        var command = new Command("verify",
            "Check a document file with no network: its signature against the issuer's published keys (from the database the CLI is "
            + "configured for), then its status there. Prints the status; exits 0 only when it is valid.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                await stderr.WriteLineAsync($"no such file: {path.FullName}");
                return 2;
            }

            using var host = await CliHost.BuildMigratedAsync(configure, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var check = await scope.ServiceProvider.GetRequiredService<IDocumentDesk>().CheckAsync(
                await File.ReadAllBytesAsync(path.FullName, cancellationToken), $"operator:{Environment.UserName}", cancellationToken);
            await stdout.WriteLineAsync($"{check.Status} ({check.Kind})");
            if (check.Number is not null)
            {
                await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"number {check.Number}, {check.Type}, issued {check.IssuedAt:u}, verifiable until {check.VerifiableUntil:u}"));
                // The facts as stored escape non-ASCII letters; an operator reads them as written.
                await stdout.WriteLineAsync(System.Text.Json.Nodes.JsonNode.Parse(check.Facts!)!.ToJsonString(ReadableJson));
            }

            return check.Status == "valid" ? 0 : 1;
        });
        return command;
    }

    private static Command Recipients(Action<IConfigurationBuilder>? configure)
    {
        var client = new Argument<string>("client-id") { Description = "The institution's OAuth client id (registered under Partners)." };
        var webhook = new Option<string>("--webhook") { Description = "The https address the institution is told at when a document is sent to it.", Required = true };
        var add = new Command("add",
            "Let citizens send documents to an institution: prints the webhook secret it checks notices with (shown once; adding again replaces it). "
            + "The client also needs the scope documents.receive to fetch what it is sent.") { client, webhook };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var (stdout, stderr) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var text = parseResult.GetValue(webhook)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                await stderr.WriteLineAsync($"not an http(s) address: {text}");
                return 2;
            }

            using var host = await CliHost.BuildMigratedAsync(configure, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var id = parseResult.GetValue(client)!;
            if (await scope.ServiceProvider.GetRequiredService<IDocumentDesk>().RegisterRecipientAsync(id, url, cancellationToken) is not { } secret)
            {
                await stderr.WriteLineAsync($"no client '{id}': register it under Partners first");
                return 1;
            }

            await stdout.WriteLineAsync($"{id} receives documents; webhook secret: {secret}");
            return 0;
        });
        return new Command("recipients", "Institutions citizens can send documents to.") { add };
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReadableJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
