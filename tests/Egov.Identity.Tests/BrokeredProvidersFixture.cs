using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>
/// The platform with a pack listing three providers, all served by one <see cref="CertificateServiceHost"/>:
/// <c>pass</c> proofs people and is trusted at AAL2, <c>kakao</c> does not proof (AAL1), and <c>naver</c> is
/// configured with a client secret the service does not know, so its token endpoint answers with an error;
/// <c>toss</c> points at a port where nothing listens.
/// </summary>
public sealed class BrokeredProvidersFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private TempPack? pack;

    internal CertificateServiceHost Service { get; private set; } = null!;

    internal EgovHostFactory Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Service = await CertificateServiceHost.StartAsync();
        var entries = string.Concat(
            Entry("pass", "aal2", "[openid, profile]", proofing: true),
            Entry("kakao", "aal1", "[openid, profile]", proofing: false),
            Entry("naver", "aal1", "[openid, profile]", proofing: false),
            Entry("toss", "aal1", "[openid]", proofing: false, authority: "http://127.0.0.1:9/"));
        pack = new TempPack().Replace("pack.yaml", "brokeredProviders: []\n", "brokeredProviders:\n" + entries);
        var settings = new Dictionary<string, string?> { ["Packs:Directory"] = pack.PacksFolder };
        settings["Identity:Brokers:toss:ClientSecret"] = Secret("toss");
        foreach (var id in new[] { "pass", "kakao", "naver" })
        {
            settings[$"Identity:Brokers:{id}:ClientSecret"] = id == "naver" ? "a-secret-the-service-does-not-know" : Secret(id);
            await Service.AddClientAsync("egov-" + id, Secret(id), new Uri($"http://localhost/signin-broker/{id}"));
        }

        database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        Platform = new EgovHostFactory(database, settings);
        _ = Platform.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        await database!.DisposeAsync();
        await Service.DisposeAsync();
        pack?.Dispose();
    }

    private static string Secret(string id) => $"{id}-client-secret-for-tests";

    private string Entry(string id, string assurance, string scopes, bool proofing, string? authority = null) => $$"""
          - id: {{id}}
            names: { ko: {{id}} 인증서, en: {{id}} certificate, ja: {{id}}証明書 }
            authority: {{authority ?? Service.Address.ToString()}}
            clientId: egov-{{id}}
            clientSecretSetting: Identity:Brokers:{{id}}:ClientSecret
            scopes: {{scopes}}
            assurance: {{assurance}}

        """ + (proofing ? $$"""
            proofing:
              identifierClaim: {{CertificateServiceHost.IdentifierClaim}}
              nameClaim: {{CertificateServiceHost.NameClaim}}

        """ : "");
}
