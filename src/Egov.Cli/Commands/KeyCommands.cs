using System.CommandLine;
using System.Globalization;
using Egov.Platform.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary>
/// The pack's issuing CA and signing keys: created once (<c>init</c>), listed with their fingerprints so operators can
/// publish and compare them, and rotated. Private keys never leave the store; the CLI shows certificates only.
/// </summary>
internal static class KeyCommands
{
    public static Command Create()
    {
        var init = new Command("init",
            "Create the issuing CA and every signing key that does not exist yet (documents, time-stamping, credentials); keys that exist are kept. Prints them.");
        init.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var store = host.Services.GetRequiredService<IKeyStore>();
            foreach (var ring in KeyRing.All)
            {
                await store.GetCurrentAsync(ring, cancellationToken);
            }

            await PrintAsync(store, parseResult.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });

        var list = new Command("list", "Print every key of every ring: id, current or not, subject, validity and SHA-256 fingerprint.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            await PrintAsync(host.Services.GetRequiredService<IKeyStore>(), parseResult.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });

        var ringName = new Argument<string>("ring")
        {
            Description = $"The ring whose key is replaced: {string.Join(", ", KeyRing.All.Select(r => r.Name))}.",
        };
        var rotate = new Command("rotate",
            "Make a new key current in a ring. Earlier keys stay published, so what they signed still verifies; a new CA certifies the keys made after it.") { ringName };
        rotate.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(ringName)!;
            if (KeyRing.Find(name) is not { } ring)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"no key ring '{name}': expected one of {string.Join(", ", KeyRing.All.Select(r => r.Name))}");
                return 2;
            }

            using var host = CliHost.Build();
            var rotated = await host.Services.GetRequiredService<IKeyStore>().RotateAsync(ring, cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{rotated.KeyId} is now current in {ring.Name}");
            return 0;
        });

        return new Command("keys", "The pack's issuing CA and signing keys (database-held, encrypted at rest).") { init, list, rotate };
    }

    private static async Task PrintAsync(IKeyStore store, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var ring in KeyRing.All)
        {
            foreach (var key in await store.GetPublishedAsync(ring, cancellationToken))
            {
                var certificate = key.Certificate;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{key.KeyId,-20} {(key.IsCurrent ? "current" : "earlier"),-8} {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd}..{certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}  SHA-256 {certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)}  {certificate.Subject}"));
            }
        }
    }
}
