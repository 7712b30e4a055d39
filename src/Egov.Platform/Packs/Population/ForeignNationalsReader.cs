using System.Text.RegularExpressions;

namespace Egov.Platform.Packs.Population;

/// <summary>Reads <c>foreignNationals</c>: their share, the identifier values reserved to them, their nationalities and names.</summary>
internal static partial class ForeignNationalsReader
{
    public static ForeignNationalSettings? Read(YamlFields f, IReadOnlyList<IdentifierDefinition> identifiers)
    {
        var share = PopulationFields.Percent(f, "percent");
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var groups = identifiers.Where(d => d.Kind == "person").SelectMany(d => new Regex(d.Pattern, RegexOptions.CultureInvariant).GetGroupNames()).ToHashSet();
        if (f.Map("identifierValues") is { } map)
        {
            foreach (var (group, node) in ((YamlDotNet.RepresentationModel.YamlMappingNode)f.Node("identifierValues", false)!).Children)
            {
                var name = group.ToString();
                if (!groups.Contains(name))
                {
                    map.Error(group, map.FieldPath(name), $"the person identifier has no group named '{name}'");
                    continue;
                }

                values[name] = [.. map.NonEmptyStrings(name).Select(v => v.Value)];
            }

            map.RejectUnknown();
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var nationalities = PopulationFields.Weighted(f, "nationalities", e =>
        {
            var code = e.String("code");
            if (code is not null && (!CountryCode().IsMatch(code) || !codes.Add(code)))
            {
                e.Error(e.Node("code", false)!, e.FieldPath("code"), "expected an ISO 3166-1 alpha-2 code, listed once");
                code = null;
            }

            var male = PopulationFields.Names(e, "male");
            var female = PopulationFields.Names(e, "female");
            return code is null ? null : new Nationality(code, male, female);
        });
        f.RejectUnknown();
        return share is null ? null : new ForeignNationalSettings(share.Value, values, nationalities);
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
