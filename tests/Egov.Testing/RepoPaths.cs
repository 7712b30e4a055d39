namespace Egov.Testing;

/// <summary>Paths in the checkout the tests run from, whatever the test runner's working directory.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "Egov.slnx";

    private static readonly Lazy<string> LazyRoot = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding <c>Egov.slnx</c>, found by walking up from the test assembly.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// <c>artifacts/</c> at the root: screenshots and other files a test leaves for people to look at.
    /// Git ignores it and <c>./build.sh test</c> keeps it after the run.
    /// </summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    internal static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} in {start} or above it: run the tests from a checkout.");
    }
}
