using System.CommandLine;
using System.Globalization;
using Egov.Platform.Keys;
using Egov.Platform.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Cli.Commands;

/// <summary>
/// The pack's issuing CA and signing keys: created once (<c>init</c>), listed with their fingerprints so operators can
/// publish and compare them, and rotated. Private keys never leave the store; the CLI shows certificates only.
/// Each agency's seal ring (<c>agency-seal-&lt;code&gt;</c>) is made when the agency first seals a document; it is
/// listed once it exists and rotated by its name like the fixed rings.
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

            await PrintAsync(store, host.Services.GetRequiredService<CountryPack>(), parseResult.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });

        var list = new Command("list", "Print every key of every ring: id, current or not, subject, validity and SHA-256 fingerprint.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build();
            await PrintAsync(host.Services.GetRequiredService<IKeyStore>(), host.Services.GetRequiredService<CountryPack>(), parseResult.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });

        var ringName = new Argument<string>("ring")
        {
            Description = $"The ring whose key is replaced: {string.Join(", ", KeyRing.All.Select(r => r.Name))}, or {KeyRing.AgencySealPrefix}<agency code>.",
        };
        var rotate = new Command("rotate",
            "Make a new key current in a ring. Earlier keys stay published, so what they signed still verifies; a new CA certifies the keys made after it.") { ringName };
        rotate.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(ringName)!;
            using var host = CliHost.Build();
            var ring = KeyRing.Find(name)
                ?? (KeyRing.AgencyCodeOf(name) is { } agency ? AgencySeals.For(host.Services.GetRequiredService<CountryPack>(), agency) : null);
            if (ring is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"no key ring '{name}': expected one of {string.Join(", ", KeyRing.All.Select(r => r.Name))}, or {KeyRing.AgencySealPrefix}<code of an agency in the pack>");
                return 2;
            }

            var rotated = await host.Services.GetRequiredService<IKeyStore>().RotateAsync(ring, cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{rotated.KeyId} is now current in {ring.Name}");
            return 0;
        });

        return new Command("keys", "The pack's issuing CA and signing keys (database-held, encrypted at rest).") { init, list, rotate };
    }

    private static async Task PrintAsync(IKeyStore store, CountryPack pack, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var ring in KeyRing.All.Concat(AgencySeals.All(pack)))
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
