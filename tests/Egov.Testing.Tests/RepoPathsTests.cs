namespace Egov.Testing.Tests;

public sealed class RepoPathsTests
{
    [Fact]
    public void Root_IsTheCheckoutHoldingTheSolutionAndTheseTests()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "Egov.slnx")));
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, "tests", "Egov.Testing.Tests")));
    }

    [Fact]
    public void FindRoot_WithNoSolutionAbove_Throws()
    {
        var outside = Directory.CreateTempSubdirectory("egov-no-repo-");
        try
        {
            Assert.Throws<InvalidOperationException>(() => RepoPaths.FindRoot(outside.FullName));
        }
        finally
        {
            outside.Delete();
        }
    }
}
