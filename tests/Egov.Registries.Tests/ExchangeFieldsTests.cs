using Egov.Platform.Packs;
using Egov.Registries.Exchange;
using Egov.Registries.Tests.Support;

namespace Egov.Registries.Tests;

/// <summary>The start-up check between the pack's exchange catalogue and what the registers can produce.</summary>
public sealed class ExchangeFieldsTests
{
    [Fact]
    public void KrPack_AsksOnlyForWhatTheRegistersProduce()
    {
        Assert.Empty(ExchangeFields.Unsupported(KrPack.Pack.Exchange));
        Assert.Empty(FeedEvents.Unsupported(KrPack.Pack.Exchange));
    }

    [Fact]
    public void AFieldTheRegistersCannotProduce_IsNamedWithFileLineAndField()
    {
        var exchange = new ExchangeSettings(
            [new ExchangeDataset("household", new Dictionary<string, string>(), [new ExchangeField("size", 12), new ExchangeField("income", 12)], 10)], [], []);

        var problem = Assert.Single(ExchangeFields.Unsupported(exchange));

        Assert.StartsWith("exchange.yaml:12: datasets[0].fields: the registers provide no field 'income' in household", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedKindOrFieldTheRegistersCannotProduce_IsNamedWithFileLineAndField()
    {
        var feed = new ExchangeFeed(
            "tax.changes", new Dictionary<string, string>(), "law", [new ExchangeField("death", 40), new ExchangeField("adoption", 40)],
            [new ExchangeField("resident", 41), new ExchangeField("residentNumber", 41)], 38);

        var problems = FeedEvents.Unsupported(new ExchangeSettings([], [], [feed])).ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("exchange.yaml:40: feeds[0].kinds: the registers record no event kind 'adoption'", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("exchange.yaml:41: feeds[0].fields: an event has no field 'residentNumber'", problems[1], StringComparison.Ordinal);
    }
}
