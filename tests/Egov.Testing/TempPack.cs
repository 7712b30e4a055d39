using Xunit;

namespace Egov.Testing;

/// <summary>A copy of the kr pack in a temp folder (named <c>kr</c>, as the code must match the folder), to break or extend in tests.</summary>
public sealed class TempPack : IDisposable
{
    private readonly string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "egov-pack-" + Guid.NewGuid().ToString("N"));

    public TempPack()
    {
        Directory = System.IO.Path.Combine(root, "kr");
        Copy(System.IO.Path.Combine(RepoPaths.Root, "packs", "kr"), Directory);
    }

    public string Directory { get; }

    /// <summary>The folder holding the copy: <c>Packs:Directory</c> for a host that should load it.</summary>
    public string PacksFolder => root;

    public string Path(string file) => System.IO.Path.Combine(Directory, file);

    /// <summary>Replaces one exact occurrence, failing the test if the text is not there.</summary>
    public TempPack Replace(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(Path(file));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(Path(file), text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    /// <summary>1-based line of the first line containing <paramref name="text"/>.</summary>
    public int LineOf(string file, string text)
    {
        var lines = File.ReadAllLines(Path(file));
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not in {file}");
        return index + 1;
    }

    public void Dispose() => System.IO.Directory.Delete(root, recursive: true);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in System.IO.Directory.GetDirectories(from))
        {
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }
}
