namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/households.yaml</c> and <c>demo/marriages.yaml</c> (both optional): addresses in the pack's
/// regions, known relation codes, one head first, each person in one household, two different spouses.
/// </summary>
internal static class DemoHouseholdsReader
{
    public const string HouseholdsFile = "households.yaml";
    public const string MarriagesFile = "marriages.yaml";

    /// <summary>The relations to the head the population files know (docs/registries.md).</summary>
    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal)
    {
        "head", "spouse", "child", "child_in_law", "grandchild", "parent", "parent_in_law", "sibling", "other",
    };

    public static IReadOnlyList<DemoHousehold> ReadHouseholds(string packDirectory, RegionDirectory regions, PersonReferences references, PackErrorList errors)
    {
        var households = new List<DemoHousehold>();
        var keys = new UniqueValues("key");
        var people = new UniqueValues("household member");
        foreach (var f in DemoFile.Entries(packDirectory, HouseholdsFile, "households", required: false, errors))
        {
            var key = f.String("key");
            var address = f.Map("address") is { } a ? ReadAddress(a, regions) : null;
            var formedOn = f.Date("formedOn");
            var members = new List<DemoHouseholdMember>();
            var list = f.List("members");
            for (var i = 0; list is not null && i < list.Children.Count; i++)
            {
                if (f.MapValue(list.Children[i], f.FieldPath($"members[{i}]")) is not { } m)
                {
                    continue;
                }

                var person = m.String("person");
                var relation = m.String("relation");
                var movedIn = m.Date("movedIn");
                m.RejectUnknown();
                if (person is not null)
                {
                    references.Add(m, "person", person);
                }

                if (relation is not null && (!Relations.Contains(relation) || (relation == "head") != (i == 0)))
                {
                    m.Error(m.Node("relation", false)!, m.FieldPath("relation"), i == 0
                        ? "the first member is the head: relation must be head"
                        : $"unknown relation {relation} (one of {string.Join(", ", Relations.Where(r => r != "head"))})");
                }
                else if (person is not null && relation is not null && movedIn is not null && people.Claim(m, "person", person))
                {
                    members.Add(new DemoHouseholdMember(person, relation, movedIn.Value));
                }
            }

            f.RejectUnknown();
            if (key is not null && address is not null && formedOn is not null && members.Count > 0 && keys.Claim(f, "key", key))
            {
                households.Add(new DemoHousehold(key, address, formedOn.Value, members));
            }
        }

        return households;
    }

    public static IReadOnlyList<DemoMarriage> ReadMarriages(string packDirectory, PersonReferences references, PackErrorList errors)
    {
        var marriages = new List<DemoMarriage>();
        foreach (var f in DemoFile.Entries(packDirectory, MarriagesFile, "marriages", required: false, errors))
        {
            var spouses = f.Strings("spouses");
            var marriedOn = f.Date("marriedOn");
            var endedOn = f.Date("endedOn", required: false);
            f.RejectUnknown();
            references.Add(f, "spouses", spouses);
            if (spouses.Count != 2 || spouses[0].Value == spouses[1].Value)
            {
                if (f.Node("spouses", false) is { } node)
                {
                    f.Error(node, f.FieldPath("spouses"), "must name two different people");
                }
            }
            else if (marriedOn is not null)
            {
                marriages.Add(new DemoMarriage([spouses[0].Value, spouses[1].Value], marriedOn.Value, endedOn));
            }
        }

        return marriages;
    }

    /// <summary>An address: a region of the pack (checked) and the fields the registers keep.</summary>
    internal static DemoAddress? ReadAddress(YamlFields a, RegionDirectory regions)
    {
        var region = a.String("region");
        var postalCode = a.String("postalCode", required: false);
        var road = a.String("road");
        var building = a.String("building");
        var detail = a.String("detail", required: false);
        a.RejectUnknown();
        if (region is not null && regions.Find(region) is null)
        {
            a.Error(a.Node("region", false)!, a.FieldPath("region"), $"region {region} does not exist");
            return null;
        }

        return region is null || road is null || building is null ? null : new DemoAddress(region, postalCode, road, building, detail);
    }
}
