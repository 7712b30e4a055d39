using System.Text.Json;
using System.Text.Json.Nodes;
using Egov.Testing;

namespace Egov.Host.Tests;

/// <summary>
/// The OpenAPI document is the contract partners build against. A change here is a change for every
/// partner: adding is fine (accept the new snapshot); renaming or removing breaks clients and needs a new
/// API version. To accept a deliberate change, copy the <c>.received.json</c> file over the snapshot.
/// </summary>
public sealed class OpenApiContractTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static readonly string Snapshot = Path.Combine(RepoPaths.Root, "tests", "Egov.Host.Tests", "Snapshots", "openapi-v1.json");

    [Fact]
    public async Task OpenApiDocument_MatchesTheApprovedSnapshot()
    {
        var served = await host.Factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var received = Normalize(served);

        var approved = File.Exists(Snapshot) ? Normalize(await File.ReadAllTextAsync(Snapshot, TestContext.Current.CancellationToken)) : "";
        if (approved != received)
        {
            await File.WriteAllTextAsync(Path.ChangeExtension(Snapshot, ".received.json"), received, TestContext.Current.CancellationToken);
        }

        Assert.True(approved == received, $"The OpenAPI contract changed: compare {Path.ChangeExtension(Snapshot, ".received.json")} with {Snapshot}.");
    }

    // The server address the document lists depends on the test host; everything else is the contract.
    private static string Normalize(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
