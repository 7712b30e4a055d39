using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads one YAML mapping field by field, recording an error with file, line and field path for
/// anything missing, mistyped or unknown, so readers of pack files stay declarative.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string file, string path, PackErrorList errors)
    {
        this.node = node;
        File = file;
        Path = path;
        Errors = errors;
    }

    public string File { get; }

    public string Path { get; }

    public PackErrorList Errors { get; }

    public long Line => node.Start.Line;

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Parses a whole YAML file whose root must be a mapping; null (with an error) otherwise.</summary>
    public static YamlFields? LoadFile(string fullPath, string file, PackErrorList errors)
    {
        if (!System.IO.File.Exists(fullPath))
        {
            errors.Add(file, 1, "", "file not found");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(fullPath);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(file, ex.Start.Line, "", $"not valid YAML: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            errors.Add(file, 1, "", $"not valid YAML: {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, 1, "", "expected a mapping of fields");
            return null;
        }

        return new YamlFields(root, file, "", errors);
    }

    public void Error(YamlNode at, string field, string message) => Errors.Add(File, at.Start.Line, field, message);

    public YamlNode? Node(string key, bool required)
    {
        known.Add(key);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        if (required)
        {
            Errors.Add(File, node.Start.Line, FieldPath(key), "required field is missing");
        }

        return null;
    }

    public string? String(string key, bool required = true)
    {
        var value = Node(key, required);
        return value is null ? null : Scalar(value, FieldPath(key));
    }

    public string? Scalar(YamlNode value, string field)
    {
        if (value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        Error(value, field, value is YamlScalarNode ? "must not be empty" : "expected a text value");
        return null;
    }

    public int? Int(string key, bool required = true)
    {
        var value = Node(key, required);
        return value is null ? null : IntValue(value, FieldPath(key));
    }

    public int? IntValue(YamlNode value, string field)
    {
        if (value is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(value, field, "expected a whole number");
        return null;
    }

    /// <summary>A decimal number written with a <c>.</c> (<c>21.5</c>).</summary>
    public double? Number(string key, bool required = true)
    {
        var value = Node(key, required);
        return value is null ? null : NumberValue(value, FieldPath(key));
    }

    public double? NumberValue(YamlNode value, string field)
    {
        if (value is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            return number;
        }

        Error(value, field, "expected a number");
        return null;
    }

    public bool? Bool(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: "true" or "false" } s)
        {
            return s.Value == "true";
        }

        Error(value, FieldPath(key), "expected true or false");
        return null;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(value, FieldPath(key), "expected a date yyyy-MM-dd");
        return null;
    }

    /// <summary>A list of texts with the line of each, empty when the optional list is absent.</summary>
    public IReadOnlyList<(string Value, long Line)> Strings(string key, bool required = true)
    {
        var result = new List<(string, long)>();
        if (List(key, required) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (Scalar(list.Children[i], $"{FieldPath(key)}[{i}]") is { } text)
            {
                result.Add((text, list.Children[i].Start.Line));
            }
        }

        return result;
    }

    /// <summary>A list of texts that must hold at least one (an error on the list when it is empty).</summary>
    public IReadOnlyList<(string Value, long Line)> NonEmptyStrings(string key)
    {
        var values = Strings(key);
        if (values.Count == 0 && Node(key, false) is { } node)
        {
            Error(node, FieldPath(key), "must list at least one value");
        }

        return values;
    }

    public YamlFields? Map(string key, bool required = true)
    {
        var value = Node(key, required);
        return value is null ? null : MapValue(value, FieldPath(key));
    }

    public YamlFields? MapValue(YamlNode value, string field)
    {
        if (value is YamlMappingNode map)
        {
            return new YamlFields(map, File, field, Errors);
        }

        Error(value, field, "expected a mapping of fields");
        return null;
    }

    public YamlSequenceNode? List(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null or YamlSequenceNode)
        {
            return (YamlSequenceNode?)value;
        }

        Error(value, FieldPath(key), "expected a list");
        return null;
    }

    /// <summary>A mapping of text to text (names per language, texts by key), in file order.</summary>
    public IReadOnlyList<(string Key, string Value, long Line)>? StringMap(string key, bool required = true)
    {
        var map = Map(key, required);
        return map?.AllStrings();
    }

    public IReadOnlyList<(string Key, string Value, long Line)> AllStrings()
    {
        var result = new List<(string, string, long)>();
        foreach (var (k, v) in node.Children)
        {
            if (k is not YamlScalarNode { Value: { } name })
            {
                Error(k, Path, "keys must be plain text");
                continue;
            }

            known.Add(name);
            if (Scalar(v, FieldPath(name)) is { } text)
            {
                result.Add((name, text, k.Start.Line));
            }
        }

        return result;
    }

    /// <summary>Every key with its value, in file order: for a mapping whose keys are data (codes), not fixed fields.</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Entries()
    {
        var result = new List<(string, YamlNode)>();
        foreach (var (k, v) in node.Children)
        {
            if (k is not YamlScalarNode { Value: { } name })
            {
                Error(k, Path, "keys must be plain text");
                continue;
            }

            known.Add(name);
            result.Add((name, v));
        }

        return result;
    }

    /// <summary>Reports every key that no reader asked for: a typo must not silently drop a setting.</summary>
    public void RejectUnknown()
    {
        foreach (var (k, _) in node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Error(k, FieldPath(name), "unknown field");
            }
        }
    }
}
