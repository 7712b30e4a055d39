using System.Globalization;

namespace Egov.Platform.Packs.Population;

/// <summary>The value shapes population.yaml repeats: weights, percentages, ranges, names.</summary>
internal static class PopulationFields
{
    /// <summary>A list of mappings, each with a non-negative <c>share</c> besides what <paramref name="read"/> takes.</summary>
    public static List<Weighted<T>> Weighted<T>(YamlFields f, string key, Func<YamlFields, T?> read)
        where T : class
    {
        var result = new List<Weighted<T>>();
        var list = f.List(key);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{f.FieldPath(key)}[{i}]") is not { } entry)
            {
                continue;
            }

            var value = read(entry);
            var share = Share(entry, "share");
            entry.RejectUnknown();
            if (value is not null && share is not null)
            {
                result.Add(new Weighted<T>(value, share.Value));
            }
        }

        RequirePositiveTotal(f, key, list, result.Sum(w => w.Weight));
        return result;
    }

    /// <summary>A mapping of whole number to non-negative weight (<c>{ "0": 2.6, "5": 3.9 }</c>), in file order.</summary>
    public static List<Weighted<int>> WeightMap(YamlFields f, string key)
    {
        var result = new List<Weighted<int>>();
        if (f.Map(key) is not { } map)
        {
            return result;
        }

        foreach (var (k, v, line) in map.AllStrings())
        {
            if (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                f.Errors.Add(f.File, line, map.FieldPath(k), "expected a whole number as key");
            }
            else if (ParseShare(v) is { } weight)
            {
                result.Add(new Weighted<int>(number, weight));
            }
            else
            {
                f.Errors.Add(f.File, line, map.FieldPath(k), "expected a share of 0 or more");
            }
        }

        RequirePositiveTotal(f, key, f.Node(key, false), result.Sum(w => w.Weight));
        return result;
    }

    public static double? Share(YamlFields f, string key)
    {
        var value = f.Number(key);
        if (value < 0)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), "must be 0 or more");
            return null;
        }

        return value;
    }

    /// <summary>A percentage 0–100, returned as a fraction 0–1.</summary>
    public static double? Percent(YamlFields f, string key)
    {
        var value = f.Number(key);
        if (value is < 0 or > 100)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), "must be a percentage between 0 and 100");
            return null;
        }

        return value / 100;
    }

    /// <summary><c>{ min: 22, max: 36 }</c>, with <c>min</c> at least <paramref name="lowest"/> and not above <c>max</c>.</summary>
    public static IntRange? Range(YamlFields parent, string key, int lowest)
    {
        if (parent.Map(key) is not { } f)
        {
            return null;
        }

        var min = f.Int("min");
        var max = f.Int("max");
        f.RejectUnknown();
        if (min < lowest || min > max)
        {
            f.Error(f.Node("min", false)!, f.FieldPath("min"), $"must be at least {lowest} and not above max");
            return null;
        }

        return min is null || max is null ? null : new IntRange(min.Value, max.Value);
    }

    /// <summary>A mapping with <c>name</c> (the country's script) and <c>latin</c>.</summary>
    public static PersonName? Name(YamlFields f)
    {
        var name = f.String("name");
        var latin = f.String("latin");
        return name is null || latin is null ? null : new PersonName(name, latin);
    }

    /// <summary>A non-empty list of <c>"name Latin"</c> texts: the name, a space, its Latin spelling (which may hold spaces).</summary>
    public static List<PersonName> Names(YamlFields f, string key)
    {
        var result = new List<PersonName>();
        foreach (var (value, line) in f.NonEmptyStrings(key))
        {
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || space == value.Length - 1)
            {
                f.Errors.Add(f.File, line, f.FieldPath(key), $"'{value}': expected the name, a space and its Latin spelling");
                continue;
            }

            result.Add(new PersonName(value[..space], value[(space + 1)..].Trim()));
        }

        return result;
    }

    private static double? ParseShare(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : null;

    private static void RequirePositiveTotal(YamlFields f, string key, YamlDotNet.RepresentationModel.YamlNode? node, double total)
    {
        if (node is not null && total <= 0)
        {
            f.Error(node, f.FieldPath(key), "needs at least one entry with a share above 0");
        }
    }
}
