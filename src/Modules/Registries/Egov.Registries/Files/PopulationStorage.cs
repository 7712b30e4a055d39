namespace Egov.Registries.Files;

/// <summary>
/// Where the files of a population are kept: a folder on disk (the operators' CLI), or memory — the demo
/// population a host seeds at start, so that no file of personal-looking rows is left on the host's disk. The
/// generator creates the files, the importer opens them by name.
/// </summary>
internal abstract class PopulationStorage
{
    public static PopulationStorage OnDisk(string directory) => new Disk(directory);

    /// <summary>Holds every file whole: for populations of demo size (a few megabytes per ten thousand residents).</summary>
    public static PopulationStorage InMemory() => new Memory();

    /// <summary>A new, empty file to write; an existing one of that name is replaced.</summary>
    public abstract Stream Create(string file);

    /// <summary>The file to read, or null when there is none.</summary>
    public abstract Stream? OpenRead(string file);

    private sealed class Disk(string directory) : PopulationStorage
    {
        public override Stream Create(string file) =>
            new FileStream(Path.Combine(directory, file), FileMode.Create, FileAccess.Write, FileShare.Read);

        public override Stream? OpenRead(string file)
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16) : null;
        }
    }

    private sealed class Memory : PopulationStorage
    {
        private readonly Dictionary<string, MemoryStream> files = new(StringComparer.Ordinal);

        public override Stream Create(string file) => files[file] = new MemoryStream();

        // ToArray still works once the writer has closed the stream.
        public override Stream? OpenRead(string file) =>
            files.TryGetValue(file, out var written) ? new MemoryStream(written.ToArray(), writable: false) : null;
    }
}
