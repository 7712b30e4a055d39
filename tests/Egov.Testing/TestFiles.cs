namespace Egov.Testing;

/// <summary>PDFs the tests write, kept under artifacts/pdf so a person can open what a failing test saw.</summary>
public static class TestFiles
{
    public static string Write(string name, byte[] bytes)
    {
        var directory = Path.Combine(RepoPaths.Artifacts, "pdf");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
