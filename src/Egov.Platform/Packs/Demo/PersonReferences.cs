namespace Egov.Platform.Packs.Demo;

/// <summary>
/// References to person keys met while reading the demo files, checked once every person is known
/// (a child may be listed before its parents).
/// </summary>
internal sealed class PersonReferences
{
    private readonly List<(string File, long Line, string Field, string Key)> references = [];

    // Every key written in people.yaml, valid entry or not: a person with a broken identifier is reported
    // once, not again by everyone who refers to them.
    private readonly HashSet<string> declared = new(StringComparer.Ordinal);

    public void Declare(string key) => declared.Add(key);

    public void Add(YamlFields f, string key, IReadOnlyList<(string Value, long Line)> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            references.Add((f.File, values[i].Line, $"{f.FieldPath(key)}[{i}]", values[i].Value));
        }
    }

    public void Add(YamlFields f, string key, string value) =>
        references.Add((f.File, f.Node(key, false)?.Start.Line ?? f.Line, f.FieldPath(key), value));

    public void Check(PackErrorList errors)
    {
        foreach (var (file, line, field, key) in references.Where(r => !declared.Contains(r.Key)))
        {
            errors.Add(file, line, field, $"no person with key '{key}' in {DemoFile.PathOf(DemoPeopleReader.FileName)}");
        }
    }
}
