namespace Egov.Platform.Packs.Demo;

/// <summary>Opens one file of the <c>demo/</c> folder: a mapping holding a single list of entries.</summary>
internal static class DemoFile
{
    public const string Folder = "demo";

    public static string PathOf(string name) => $"{Folder}/{name}";

    /// <summary>The entries of <paramref name="listKey"/>; empty (with errors where due) when the file is unusable.</summary>
    public static IReadOnlyList<YamlFields> Entries(string packDirectory, string name, string listKey, bool required, PackErrorList errors)
    {
        var fullPath = System.IO.Path.Combine(packDirectory, Folder, name);
        if (!required && !File.Exists(fullPath))
        {
            return [];
        }

        if (YamlFields.LoadFile(fullPath, PathOf(name), errors) is not { } root)
        {
            return [];
        }

        var list = root.List(listKey);
        root.RejectUnknown();
        var entries = new List<YamlFields>();
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (root.MapValue(list.Children[i], $"{listKey}[{i}]") is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// An identifier field checked against the pack's format: the check when valid, otherwise null with an
    /// error (the message never echoes the value, which may be a personal number).
    /// </summary>
    public static IdentifierCheck? Identifier(YamlFields f, string key, PersonIdentifierFormat format)
    {
        if (f.String(key) is not { } value)
        {
            return null;
        }

        var check = format.Validate(value);
        if (!check.IsValid)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), $"not a valid {format.Definition.Id}: {check.Error}");
            return null;
        }

        return check;
    }
}
