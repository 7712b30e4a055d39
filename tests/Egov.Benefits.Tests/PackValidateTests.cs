using System.CommandLine;
using Egov.Cli.Commands;
using Egov.Testing;

namespace Egov.Benefits.Tests;

/// <summary><c>egov pack validate</c> compiles the benefit rules and names the file, line and field of a bad expression.</summary>
public sealed class PackValidateTests
{
    [Fact]
    public async Task Validate_ABenefitRuleThatDoesNotCompile_NamesFileLineAndField()
    {
        using var pack = new TempPack().Replace("benefits/child-allowance.yaml", "when: AgeMonths < 96", "when: AgeMonth < 96");
        var line = pack.LineOf("benefits/child-allowance.yaml", "when: AgeMonth < 96");
        var root = new RootCommand { PackCommands.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await root.Parse(["pack", "validate", pack.Directory]).InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
        Assert.StartsWith($"benefits/child-allowance.yaml:{line}: periods[1].conditions[0].when: 'AgeMonth < 96' does not compile", error.ToString(), StringComparison.Ordinal);
    }
}
