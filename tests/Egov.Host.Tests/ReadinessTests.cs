using System.Net;
using Egov.Testing;

namespace Egov.Host.Tests;

public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_WhenMigrationsArePending_Is503_WhileLiveIs200()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var factory = new EgovHostFactory(database, new Dictionary<string, string?>
        {
            ["Database:MigrateAtStartup"] = "false",
            // Nothing else may touch the empty database while the probe looks at it.
            ["Platform:Outbox:Enabled"] = "false",
            ["Platform:Jobs:Enabled"] = "false",
        });
        var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready", Ct);
        using var live = await client.GetAsync("/health/live", Ct);

        Assert.True(ready.StatusCode == HttpStatusCode.ServiceUnavailable, await ready.Content.ReadAsStringAsync(Ct) + string.Join("\n", factory.LoggedErrors));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
