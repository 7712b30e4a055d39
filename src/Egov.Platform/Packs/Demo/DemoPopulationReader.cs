namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/population.yaml</c> (optional): the generated population a demo register holds beside the named
/// people. It is made from the pack's population settings, so <c>pack.yaml</c> must name them.
/// </summary>
internal static class DemoPopulationReader
{
    public const string FileName = "population.yaml";

    /// <summary>
    /// Seeded at every demo host's start, in memory: a bigger population belongs in <c>population generate</c> and
    /// <c>registry import</c>.
    /// </summary>
    public const int MaxSize = 100_000;

    public static DemoPopulation? Read(string packDirectory, PackManifest manifest, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, DemoFile.Folder, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, DemoFile.PathOf(FileName), errors) is not { } f)
        {
            return null;
        }

        var size = f.Int("size");
        if (size is < 1 or > MaxSize)
        {
            f.Error(f.Node("size", false)!, f.FieldPath("size"), $"must be between 1 and {MaxSize}");
        }

        var seed = f.Int("seed");
        var asOf = f.Date("asOf");
        f.RejectUnknown();
        if (manifest.Population is null)
        {
            errors.Add(PackManifestReader.FileName, 1, "population", $"required when the pack has {DemoFile.PathOf(FileName)}");
            return null;
        }

        return size is >= 1 and <= MaxSize && seed is { } s && asOf is { } date ? new DemoPopulation(size.Value, s, date) : null;
    }
}
