using Egov.Platform.Packs;
using Egov.Registries.Exchange;
using Egov.Registries.Tests.Support;

namespace Egov.Registries.Tests;

/// <summary>The start-up check between the pack's exchange catalogue and what the registers can produce.</summary>
public sealed class ExchangeFieldsTests
{
    [Fact]
    public void KrPack_AsksOnlyForWhatTheRegistersProduce() => Assert.Empty(ExchangeFields.Unsupported(KrPack.Pack.Exchange));

    [Fact]
    public void AFieldTheRegistersCannotProduce_IsNamedWithFileLineAndField()
    {
        var exchange = new ExchangeSettings(
            [new ExchangeDataset("household", new Dictionary<string, string>(), [new ExchangeField("size", 12), new ExchangeField("income", 12)], 10)], []);

        var problem = Assert.Single(ExchangeFields.Unsupported(exchange));

        Assert.StartsWith("exchange.yaml:12: datasets[0].fields: the registers provide no field 'income' in household", problem, StringComparison.Ordinal);
    }
}
