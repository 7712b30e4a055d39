namespace Egov.Platform.Packs.Demo;

/// <summary>Remembers where each value of one field was first seen, to report a repeat with both lines.</summary>
internal sealed class UniqueValues(string what)
{
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    /// <summary>True the first time; otherwise reports the repeat (without echoing the value, which may be personal).</summary>
    public bool Claim(YamlFields f, string key, string value)
    {
        var line = f.Node(key, false)?.Start.Line ?? f.Line;
        if (lines.TryAdd(value, line))
        {
            return true;
        }

        f.Errors.Add(f.File, line, f.FieldPath(key), $"duplicate {what} (first on line {lines[value]})");
        return false;
    }
}
