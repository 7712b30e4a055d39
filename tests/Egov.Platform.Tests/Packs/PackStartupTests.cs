using Egov.Testing;
using Egov.Platform.Packs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Tests.Packs;

public sealed class PackStartupTests
{
    [Fact]
    public void Startup_WithTheConfiguredPack_RegistersIt()
    {
        using var pack = new TempPack();
        var services = new ServiceCollection();

        var loaded = services.AddCountryPack(Configuration(pack), AppContext.BaseDirectory);

        Assert.Equal("kr", loaded.Code);
        Assert.Same(loaded, services.BuildServiceProvider().GetRequiredService<CountryPack>());
    }

    [Fact]
    public void Startup_WithABrokenPack_StopsAndListsEveryErrorWithFileLineAndField()
    {
        using var pack = new TempPack().Replace("pack.yaml", "en: \"KRW {0}\"", "en: \"KRW\"");

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCountryPack(Configuration(pack), AppContext.BaseDirectory));

        Assert.Contains("currency.patterns.en: pattern must contain {0}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"pack.yaml:{pack.LineOf("pack.yaml", "en: \"KRW\"")}:", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(TempPack pack) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Packs:Directory"] = Path.GetDirectoryName(pack.Directory),
        ["Packs:Code"] = "kr",
    }).Build();
}
