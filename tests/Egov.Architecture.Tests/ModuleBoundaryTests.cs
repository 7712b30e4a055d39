using Egov.Testing;
using NetArchTest.Rules;

namespace Egov.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    private static readonly string Src = Path.Combine(RepoPaths.Root, "src");

    public static TheoryData<string> SourceProjects =>
        new(Directory.GetFiles(Src, "*.csproj", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Src, p)));

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_ReferencesOnlyWhatItsLayerAllows(string project)
    {
        Assert.Empty(ModuleReferenceRules.Violations(Path.Combine(Src, project)));
    }

    [Fact]
    public void Rules_FlagAModuleReferencingAnotherModulesImplementation()
    {
        var folder = Directory.CreateTempSubdirectory("egov-arch-").FullName;
        try
        {
            var bad = Path.Combine(folder, "Egov.Benefits.csproj");
            File.WriteAllText(bad, """
                <Project Sdk="Microsoft.NET.Sdk"><ItemGroup>
                  <ProjectReference Include="..\..\Egov.Platform\Egov.Platform.csproj" />
                  <ProjectReference Include="..\Registries\Egov.Registries.Contracts\Egov.Registries.Contracts.csproj" />
                  <ProjectReference Include="..\Registries\Egov.Registries\Egov.Registries.csproj" />
                </ItemGroup></Project>
                """);
            var violation = Assert.Single(ModuleReferenceRules.Violations(bad));
            Assert.Contains("Egov.Registries:", violation, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Platform_DependsOnNoModuleNorHostNorCli()
    {
        var result = Types.InAssembly(typeof(Egov.Platform.EgovHome).Assembly)
            .ShouldNot().HaveDependencyOnAny("Egov.Host", "Egov.Cli", "Egov.Identity", "Egov.Registries", "Egov.Documents", "Egov.Notifications", "Egov.Benefits", "Egov.Org")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void PlatformInternals_AreNotPublic_WhereNoOtherAssemblyNeedsThem()
    {
        // The outbox processor and job runner are driven by the platform's own background services.
        var result = Types.InAssembly(typeof(Egov.Platform.EgovHome).Assembly)
            .That().HaveName("OutboxProcessor", "JobRunner", "AuditLog", "SecurityHeadersMiddleware")
            .ShouldNot().BePublic().GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
