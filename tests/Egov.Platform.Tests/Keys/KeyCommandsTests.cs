using Egov.Cli.Commands;
using Egov.Platform.Tests.Support;
using Egov.Testing;

namespace Egov.Platform.Tests.Keys;

public sealed class KeyCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Init_CreatesEveryRingOnce_AndRotateMakesANewCurrentKey()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        // The operator migrated first (egov db migrate).
        await using var migrated = await PlatformServices.BuildMigratedAsync(database, new(DateTimeOffset.UtcNow));

        var (code, output) = await CliRunner.RunAsync(database, KeyCommands.Create(), "init");
        var (againCode, again) = await CliRunner.RunAsync(database, KeyCommands.Create(), "init");
        var (rotateCode, rotated) = await CliRunner.RunAsync(database, KeyCommands.Create(), "rotate", "document-signing");
        var (_, list) = await CliRunner.RunAsync(database, KeyCommands.Create(), "list");

        Assert.Equal((0, 0, 0), (code, againCode, rotateCode));
        foreach (var id in new[] { "issuing-ca-1", "document-signing-1", "time-stamping-1", "credentials-1" })
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }

        Assert.Equal(output, again);
        Assert.Contains("document-signing-2 is now current", rotated, StringComparison.Ordinal);
        Assert.Matches(@"document-signing-2\s+current", list);
        Assert.Matches(@"document-signing-1\s+earlier", list);
    }

    [Fact]
    public async Task AgencySeal_IsListedOnceMade_AndRotatedByItsName()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var migrated = await PlatformServices.BuildMigratedAsync(database, new(DateTimeOffset.UtcNow));

        var (_, before) = await CliRunner.RunAsync(database, KeyCommands.Create(), "list");
        var (rotateCode, rotated) = await CliRunner.RunAsync(database, KeyCommands.Create(), "rotate", "agency-seal-1741000");
        var (_, after) = await CliRunner.RunAsync(database, KeyCommands.Create(), "list");
        var (unknownCode, unknown) = await CliRunner.RunAsync(database, KeyCommands.Create(), "rotate", "agency-seal-9999999");

        Assert.DoesNotContain("agency-seal", before, StringComparison.Ordinal);
        Assert.Equal(0, rotateCode);
        Assert.Contains("agency-seal-1741000-1 is now current", rotated, StringComparison.Ordinal);
        Assert.Matches(@"agency-seal-1741000-1\s+current .*CN=Republic of Korea Ministry of the Interior and Safety Seal 1", after);
        Assert.Equal(2, unknownCode);
        Assert.Contains("agency-seal-<code of an agency in the pack>", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_AnUnknownRing_ExitsWith2AndNamesTheRings()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);

        var (code, output) = await CliRunner.RunAsync(database, KeyCommands.Create(), "rotate", "nonsense");

        Assert.Equal(2, code);
        Assert.Contains("no key ring 'nonsense': expected one of issuing-ca, document-signing", output, StringComparison.Ordinal);
    }
}
