namespace Egov.Platform.Packs.Population;

/// <summary>Reads the land categories, building uses, tenure and lenders, and the company settings.</summary>
internal static class PropertySettingsReader
{
    public sealed record PropertySettings(
        IReadOnlyList<LandCategory> LandCategories, double LandHoldingShare, IReadOnlyList<BuildingUse> BuildingUses,
        double OwnerOccupiedShare, double MortgageShare, IntRange SecuredAmount, IReadOnlyList<string> Creditors);

    public static PropertySettings? Read(YamlFields f, IReadOnlyList<string> languages)
    {
        var land = Entries(f, "landCategories", (e, code) => ReadLandCategory(e, code, languages));
        if (f.Node("landCategories", false) is { } landNode && land.Count(c => c.ForBuildings) != 1)
        {
            f.Error(landNode, "landCategories", "exactly one category must be forBuildings: true");
        }

        var landHolding = PopulationFields.Percent(f, "landHoldingPercent");
        var uses = Entries(f, "buildingUses", (e, code) => ReadBuildingUse(e, code, languages));
        if (f.Node("buildingUses", false) is { } usesNode && (!uses.Any(u => u.DwellingWeight > 0) || !uses.Any(u => u.ForCompanies)))
        {
            f.Error(usesNode, "buildingUses", "needs a use with dwellings above 0 and a use with forCompanies: true");
        }

        var ownerOccupied = PopulationFields.Percent(f, "ownerOccupiedPercent");
        var mortgage = PopulationFields.Percent(f, "mortgagePercent");
        var amount = PopulationFields.Range(f, "securedAmount", 1);
        var creditors = f.NonEmptyStrings("creditors").Select(c => c.Value).ToList();
        return landHolding is null || ownerOccupied is null || mortgage is null || amount is null
            ? null
            : new PropertySettings(land, landHolding.Value, uses, ownerOccupied.Value, mortgage.Value, amount, creditors);
    }

    public static CompanySettings? ReadCompanies(YamlFields f)
    {
        var perCompany = f.Int("peoplePerCompany");
        if (perCompany < 1)
        {
            f.Error(f.Node("peoplePerCompany", false)!, f.FieldPath("peoplePerCompany"), "must be 1 or more");
        }

        var templates = f.NonEmptyStrings("names");
        foreach (var (template, line) in templates.Where(t => !t.Value.Contains("{first}", StringComparison.Ordinal)))
        {
            f.Errors.Add(f.File, line, f.FieldPath("names"), $"'{template}' must contain {{first}}");
        }

        var first = f.NonEmptyStrings("first").Select(t => t.Value).ToList();
        var second = f.NonEmptyStrings("second").Select(t => t.Value).ToList();
        var closed = PopulationFields.Percent(f, "closedPercent");
        f.RejectUnknown();
        return perCompany is null or < 1 || closed is null
            ? null
            : new CompanySettings(perCompany.Value, [.. templates.Select(t => t.Value)], first, second, closed.Value);
    }

    private static List<T> Entries<T>(YamlFields f, string key, Func<YamlFields, string, T?> read)
        where T : class
    {
        var result = new List<T>();
        var codes = new Demo.UniqueValues("code");
        var list = f.List(key);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{key}[{i}]") is { } entry)
            {
                var code = entry.String("code");
                if (read(entry, code ?? "") is { } value && code is not null && codes.Claim(entry, "code", code))
                {
                    result.Add(value);
                }

                entry.RejectUnknown();
            }
        }

        if (list is { Children.Count: 0 })
        {
            f.Error(list, key, "must list at least one entry");
        }

        return result;
    }

    private static LandCategory? ReadLandCategory(YamlFields e, string code, IReadOnlyList<string> languages)
    {
        var names = LanguageMaps.Read(e, "names", languages);
        var forBuildings = e.Bool("forBuildings", required: false) ?? false;
        var share = PopulationFields.Share(e, "share");
        var area = PopulationFields.Range(e, "areaM2", 1);
        return share is null || area is null ? null : new LandCategory(code, names, forBuildings, share.Value, area);
    }

    private static BuildingUse? ReadBuildingUse(YamlFields e, string code, IReadOnlyList<string> languages)
    {
        var names = LanguageMaps.Read(e, "names", languages);
        var dwellings = PopulationFields.Share(e, "dwellings");
        var forCompanies = e.Bool("forCompanies", required: false) ?? false;
        var floors = PopulationFields.Range(e, "floors", 1);
        var unitsPerFloor = e.Int("unitsPerFloor");
        if (unitsPerFloor < 1)
        {
            e.Error(e.Node("unitsPerFloor", false)!, e.FieldPath("unitsPerFloor"), "must be 1 or more");
            unitsPerFloor = null;
        }

        var area = PopulationFields.Range(e, "unitAreaM2", 1);
        return dwellings is null || floors is null || unitsPerFloor is null || area is null
            ? null
            : new BuildingUse(code, names, dwellings.Value, forCompanies, floors, unitsPerFloor.Value, area);
    }
}
