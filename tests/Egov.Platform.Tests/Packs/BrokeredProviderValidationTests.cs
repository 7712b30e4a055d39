using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>Brokered provider entries of pack.yaml: a sound one loads, each kind of mistake is one error at its line.</summary>
public sealed class BrokeredProviderValidationTests
{
    private const string Entry = """
        brokeredProviders:
          - id: pass
            names: { ko: PASS 인증서, en: PASS certificate, ja: PASS証明書 }
            authority: https://auth.pass.example
            clientId: enjoy-egov
            clientSecretSetting: Identity:Brokers:pass:ClientSecret
            scopes: [openid, profile]
            assurance: aal2
            proofing:
              identifierClaim: resident_number
              nameClaim: name
        """;

    [Fact]
    public void ASoundEntry_Loads_WithEverySetting()
    {
        using var pack = WithEntry(Entry);

        var result = CountryPackLoader.Load(pack.Directory);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        var provider = Assert.Single(result.Pack.BrokeredProviders);
        Assert.Equal(new Uri("https://auth.pass.example"), provider.Authority);
        Assert.Equal("PASS certificate", provider.Names["en"]);
        Assert.Equal(["openid", "profile"], provider.Scopes);
        Assert.Equal(new BrokeredProofing("resident_number", "name"), provider.Proofing);
    }

    [Theory]
    [InlineData("assurance: aal2", "assurance: aal3", "brokeredProviders[0].assurance", "expected aal1 or aal2")]
    [InlineData("authority: https://auth.pass.example", "authority: http://auth.pass.example", "brokeredProviders[0].authority", "expected an absolute https URL (http only on loopback)")]
    [InlineData("scopes: [openid, profile]", "scopes: [profile]", "brokeredProviders[0].scopes", "must include openid")]
    [InlineData("id: pass", "id: Pass!", "brokeredProviders[0].id", "use 1 to 32 lower-case letters, digits and hyphens")]
    [InlineData("clientSecretSetting: Identity:Brokers:pass:ClientSecret", "clientSecretSetting: s3cr3t value", "brokeredProviders[0].clientSecretSetting",
        "must name a configuration setting (e.g. Identity:Brokers:pass:ClientSecret); the secret itself never goes in a pack")]
    [InlineData("nameClaim: name", "nameClaim: name\n      birthClaim: birthdate", "brokeredProviders[0].proofing.birthClaim", "unknown field")]
    public void AMistake_IsReported_AtItsLine(string sound, string broken, string field, string message)
    {
        Assert.Contains(sound, Entry, StringComparison.Ordinal);
        using var pack = WithEntry(Entry.Replace(sound, broken, StringComparison.Ordinal));

        var error = Assert.Single(CountryPackLoader.Load(pack.Directory).Errors);

        Assert.Equal((field, message), (error.Field, error.Message));
        Assert.Equal(pack.LineOf("pack.yaml", broken.Trim().Split('\n')[^1].Trim()), error.Line);
    }

    [Fact]
    public void TwoEntriesWithOneId_AreReported()
    {
        var second = Entry[(Entry.IndexOf("  - id", StringComparison.Ordinal))..];
        using var pack = WithEntry(Entry + "\n" + second);

        var error = Assert.Single(CountryPackLoader.Load(pack.Directory).Errors);

        Assert.Equal("provider id 'pass' is used twice", error.Message);
    }

    private static TempPack WithEntry(string entry) => new TempPack().Replace("pack.yaml", "brokeredProviders: []\n", entry.TrimEnd() + "\n");
}
