using System.Globalization;

namespace Egov.Platform.Packs.Population;

/// <summary>Reads where people live: the population of each deepest-level region and how addresses look there.</summary>
internal static class PopulationRegionsReader
{
    /// <summary>Every deepest-level region of the pack needs a population, and nothing else may have one.</summary>
    public static List<Weighted<string>> ReadWeights(YamlFields f, RegionDirectory regions)
    {
        var result = new List<Weighted<string>>();
        if (f.Map("regions") is not { } map)
        {
            return result;
        }

        foreach (var (code, value, line) in map.AllStrings())
        {
            var region = regions.Find(code);
            if (region is null || regions.ChildrenOf(code).Any())
            {
                f.Errors.Add(f.File, line, map.FieldPath(code), region is null ? "not a region of the region table" : "not a deepest-level region (it has districts)");
            }
            else if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
            {
                f.Errors.Add(f.File, line, map.FieldPath(code), "expected a population, a whole number above 0");
            }
            else
            {
                result.Add(new Weighted<string>(code, population));
            }
        }

        var listed = result.Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var leaf in regions.All.Where(r => !regions.ChildrenOf(r.Code).Any() && !listed.Contains(r.Code)))
        {
            f.Errors.Add(f.File, map.Line, map.FieldPath(leaf.Code), "deepest-level region has no population");
        }

        return result;
    }

    public static AddressSettings? ReadAddresses(YamlFields f, RegionDirectory regions)
    {
        var roads = f.NonEmptyStrings("roads").Select(r => r.Value).ToList();
        var digits = f.Int("postalCodeDigits");
        var postalCodes = new Dictionary<string, IntRange>(StringComparer.Ordinal);
        if (f.Map("postalCodes") is { } map && digits is > 0 and < 10)
        {
            foreach (var (code, value, line) in map.AllStrings())
            {
                var parts = value.Split('-');
                if (regions.Find(code) is null)
                {
                    f.Errors.Add(f.File, line, map.FieldPath(code), "not a region of the region table");
                }
                else if (parts.Length == 2 && parts.All(p => p.Length == digits && p.All(char.IsAsciiDigit))
                         && int.Parse(parts[0], CultureInfo.InvariantCulture) <= int.Parse(parts[1], CultureInfo.InvariantCulture))
                {
                    postalCodes[code] = new IntRange(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                }
                else
                {
                    f.Errors.Add(f.File, line, map.FieldPath(code), $"expected a range of {digits}-digit postal codes, first-last");
                }
            }
        }

        var unitDetail = f.String("unitDetail");
        if (unitDetail is not null && !unitDetail.Contains("{unit}", StringComparison.Ordinal))
        {
            f.Error(f.Node("unitDetail", false)!, f.FieldPath("unitDetail"), "must contain {unit}");
        }

        CheckEveryRegionHasPostalCodes(f, regions, postalCodes);
        f.RejectUnknown();
        return digits is null || unitDetail is null ? null : new AddressSettings(roads, postalCodes, digits.Value, unitDetail);
    }

    private static void CheckEveryRegionHasPostalCodes(YamlFields f, RegionDirectory regions, Dictionary<string, IntRange> postalCodes)
    {
        foreach (var top in regions.TopLevel.Where(r => !postalCodes.ContainsKey(r.Code)))
        {
            if (!regions.ChildrenOf(top.Code).All(c => postalCodes.ContainsKey(c.Code)))
            {
                f.Error(f.Node("postalCodes", false) ?? new YamlDotNet.RepresentationModel.YamlScalarNode(), f.FieldPath("postalCodes"),
                    $"region {top.Code} has no postal code range");
            }
        }
    }
}
