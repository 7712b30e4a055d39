namespace Egov.Platform.Packs;

/// <summary>Reads the <c>address</c> section of pack.yaml: fields, and a template per language using them.</summary>
internal static class AddressFormatReader
{
    public static AddressFormat Read(YamlFields f, IReadOnlyList<string> languages)
    {
        var fields = new List<AddressField>();
        if (f.List("fields") is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                if (f.MapValue(list.Children[i], f.FieldPath($"fields[{i}]")) is not { } ff)
                {
                    continue;
                }

                var name = ff.String("name");
                var required = ff.Bool("required", required: false) ?? false;
                var pattern = ff.Node("pattern", required: false) is null ? null : PackManifestReader.PatternField(ff, "pattern");
                ff.RejectUnknown();
                if (name is not null)
                {
                    fields.Add(new AddressField(name, required, pattern));
                }
            }
        }

        var templates = LanguageMaps.Read(f, "templates", languages);
        var templatesLine = f.Node("templates", required: false)?.Start.Line ?? f.Line;
        foreach (var (language, template) in templates)
        {
            foreach (var unknown in AddressFormat.PlaceholdersIn(template).Where(p => fields.All(x => x.Name != p)))
            {
                f.Errors.Add(f.File, templatesLine, f.FieldPath($"templates.{language}"), $"template uses '{{{unknown}}}', which is not an address field");
            }
        }

        f.RejectUnknown();
        return new AddressFormat(fields, templates);
    }
}
