using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Egov.Platform.Packs;

/// <summary>Reads one entry of <c>identifiers</c> in pack.yaml and checks it is coherent.</summary>
internal static class IdentifierDefinitionReader
{
    public static IdentifierDefinition? Read(YamlFields f, IReadOnlyList<string> languages)
    {
        var id = f.String("id");
        var kind = f.String("kind", required: false) ?? "person";
        var names = LanguageMaps.Read(f, "names", languages);
        var ignore = f.String("ignore", required: false) ?? "";
        var pattern = f.String("pattern");
        var patternNode = f.Node("pattern", required: false);

        string[] groups = [];
        if (pattern is not null)
        {
            try
            {
                groups = new Regex(pattern, RegexOptions.CultureInvariant).GetGroupNames();
            }
            catch (ArgumentException ex)
            {
                f.Error(patternNode!, f.FieldPath("pattern"), $"pattern does not compile: {ex.Message}");
                pattern = null;
            }
        }

        var birthDate = f.Map("birthDate", required: false) is { } b ? ReadBirthDate(b, groups) : null;
        var sex = f.Map("sex", required: false) is { } s ? ReadSex(s, groups) : null;
        var check = f.Map("checkDigit", required: false) is { } c ? ReadCheckDigit(c, groups) : null;
        var display = Template(f, "display", groups);
        var masked = Template(f, "masked", groups);
        f.RejectUnknown();

        return id is null || pattern is null
            ? null
            : new IdentifierDefinition
            {
                Id = id, Kind = kind, Names = names, Ignore = ignore, Pattern = pattern,
                BirthDate = birthDate, Sex = sex, CheckDigit = check, Display = display, Masked = masked,
            };
    }

    private static BirthDateRule ReadBirthDate(YamlFields f, string[] groups)
    {
        var year = Group(f, "year", groups, required: true);
        var month = Group(f, "month", groups, required: true);
        var day = Group(f, "day", groups, required: true);
        var century = Group(f, "centuryGroup", groups, required: false);
        var centuries = new Dictionary<string, int>(StringComparer.Ordinal);
        if (f.Map("centuries", required: century is not null) is { } map)
        {
            foreach (var (key, value, line) in map.AllStrings())
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start % 100 == 0)
                {
                    centuries[key] = start;
                }
                else
                {
                    f.Errors.Add(f.File, line, map.FieldPath(key), "expected the first year of a century (1900)");
                }
            }
        }

        f.RejectUnknown();
        return new BirthDateRule(year ?? "", month ?? "", day ?? "", century, centuries);
    }

    private static SexRule ReadSex(YamlFields f, string[] groups)
    {
        var group = Group(f, "group", groups, required: true);
        var values = new Dictionary<string, Sex>(StringComparer.Ordinal);
        if (f.Map("values") is { } map)
        {
            foreach (var (key, value, line) in map.AllStrings())
            {
                if (value is "male" or "female")
                {
                    values[key] = value == "male" ? Sex.Male : Sex.Female;
                }
                else
                {
                    f.Errors.Add(f.File, line, map.FieldPath(key), "expected male or female");
                }
            }
        }

        f.RejectUnknown();
        return new SexRule(group ?? "", values);
    }

    private static CheckDigitRule ReadCheckDigit(YamlFields f, string[] groups)
    {
        var group = Group(f, "group", groups, required: true);
        var weights = Numbers(f, "weights", 0, 99);
        var modulus = f.Int("modulus") ?? 0;
        if (modulus < 2)
        {
            f.Error(f.Node("modulus", false) ?? new YamlScalarNode(), f.FieldPath("modulus"), "modulus must be 2 or more");
        }

        var values = Numbers(f, "values", 0, 9);
        if (modulus >= 2 && values.Count != modulus && f.Node("values", false) is { } valuesNode)
        {
            f.Error(valuesNode, f.FieldPath("values"), $"needs one check digit per remainder: {modulus} values");
        }

        var cutoff = f.Date("appliesWhenBirthDateBefore", required: false);
        f.RejectUnknown();
        return new CheckDigitRule(group ?? "", weights, modulus, values, cutoff);
    }

    private static List<int> Numbers(YamlFields f, string key, int min, int max)
    {
        var result = new List<int>();
        if (f.List(key) is not { } list)
        {
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"{f.FieldPath(key)}[{i}]";
            if (f.IntValue(list.Children[i], field) is { } n)
            {
                if (n < min || n > max)
                {
                    f.Error(list.Children[i], field, $"must be between {min} and {max}");
                }

                result.Add(n);
            }
        }

        if (result.Count == 0)
        {
            f.Error(list, f.FieldPath(key), "must not be empty");
        }

        return result;
    }

    private static string? Group(YamlFields f, string key, string[] groups, bool required)
    {
        var name = f.String(key, required);
        if (name is not null && groups.Length > 0 && !groups.Contains(name))
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), $"pattern has no group named '{name}'");
        }

        return name;
    }

    private static string? Template(YamlFields f, string key, string[] groups)
    {
        var template = f.String(key, required: false);
        if (template is not null && groups.Length > 0)
        {
            foreach (var name in PersonIdentifierFormat.PlaceholdersIn(template).Where(n => !groups.Contains(n)))
            {
                f.Error(f.Node(key, false)!, f.FieldPath(key), $"pattern has no group named '{name}'");
            }
        }

        return template;
    }
}
