namespace Egov.Platform.Packs.Population;

/// <summary>
/// Reads the optional population settings that <c>pack.yaml</c> <c>population</c> names, checking that every
/// weight is a number, every region is a deepest-level region and every deepest-level region has a
/// population, and that the pack's person and business identifiers can be generated.
/// </summary>
internal static class PopulationSettingsReader
{
    public static PopulationSettings? Read(
        string packDirectory, PopulationFileSetting setting, IReadOnlyList<string> languages, RegionDirectory regions,
        IReadOnlyList<IdentifierDefinition> identifiers, PeopleSettings? people, BusinessSettings? businesses, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, setting.File);
        if (!File.Exists(fullPath))
        {
            errors.Add(PackManifestReader.FileName, setting.Line, "population", $"file '{setting.File}' not found in the pack");
            return null;
        }

        if (YamlFields.LoadFile(fullPath, setting.File, errors) is not { } f)
        {
            return null;
        }

        if (people is null || businesses is null)
        {
            errors.Add(PackManifestReader.FileName, setting.Line, "population", "needs the people and businesses sections: a population has resident and business numbers");
        }

        foreach (var definition in identifiers.Where(d => d.Id == people?.Identifier || d.Id == businesses?.Identifier))
        {
            if (IdentifierLayout.TryRead(definition.Pattern, out var problem) is null)
            {
                errors.Add(PackManifestReader.FileName, setting.Line, "population", $"identifier '{definition.Id}' cannot be generated: {problem}");
            }
        }

        var errorsBefore = errors.Count;
        var surnames = PopulationFields.Weighted(f, "surnames", e => PopulationFields.Name(e));
        var eras = ReadGivenNames(f);
        var regionWeights = PopulationRegionsReader.ReadWeights(f, regions);
        var ageBands = PopulationFields.WeightMap(f, "ageBands");
        var maxAge = f.Int("maxAge");
        CheckAgeBands(f, ageBands, maxAge);
        var householdSizes = PopulationFields.WeightMap(f, "householdSizes");
        if (householdSizes.Any(s => s.Value < 1))
        {
            f.Error(f.Node("householdSizes", false)!, "householdSizes", "household sizes start at 1");
        }

        var threeGenerations = PopulationFields.Percent(f, "threeGenerationPercent");
        var marriage = f.Map("marriage") is { } m ? ReadMarriage(m) : null;
        var widowed = PopulationFields.Percent(f, "widowedPercent");
        var emigrated = PopulationFields.Percent(f, "emigratedPercent");
        var foreign = f.Map("foreignNationals") is { } fn ? ForeignNationalsReader.Read(fn, identifiers) : null;
        var phones = f.Map("phones") is { } p ? ReadPhones(p) : null;
        var addresses = f.Map("addresses") is { } a ? PopulationRegionsReader.ReadAddresses(a, regions) : null;
        var property = PropertySettingsReader.Read(f, languages);
        var companies = f.Map("companies") is { } c ? PropertySettingsReader.ReadCompanies(c) : null;
        f.RejectUnknown();

        if (errors.Count > errorsBefore || maxAge is null || threeGenerations is null || marriage is null || widowed is null
            || emigrated is null || foreign is null || phones is null || addresses is null || property is null || companies is null)
        {
            return null;
        }

        return new PopulationSettings
        {
            Surnames = surnames, GivenNames = eras, Regions = regionWeights, AgeBands = ageBands, MaxAge = maxAge.Value,
            HouseholdSizes = householdSizes, ThreeGenerationShare = threeGenerations.Value, Marriage = marriage,
            WidowedShare = widowed.Value, EmigratedShare = emigrated.Value, ForeignNationals = foreign, Phones = phones,
            Addresses = addresses, LandCategories = property.LandCategories, LandHoldingShare = property.LandHoldingShare,
            BuildingUses = property.BuildingUses, OwnerOccupiedShare = property.OwnerOccupiedShare,
            MortgageShare = property.MortgageShare, SecuredAmount = property.SecuredAmount, Creditors = property.Creditors, Companies = companies,
        };
    }

    private static List<GivenNameEra> ReadGivenNames(YamlFields f)
    {
        var eras = new List<GivenNameEra>();
        var list = f.List("givenNames");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"givenNames[{i}]") is not { } entry)
            {
                continue;
            }

            var bornFrom = entry.Int("bornFrom");
            var male = PopulationFields.Names(entry, "male");
            var female = PopulationFields.Names(entry, "female");
            entry.RejectUnknown();
            if (bornFrom is null)
            {
                continue;
            }

            if (eras.Count > 0 && bornFrom <= eras[^1].BornFrom)
            {
                entry.Error(entry.Node("bornFrom", false)!, entry.FieldPath("bornFrom"), "eras must be listed oldest first");
            }

            eras.Add(new GivenNameEra(bornFrom.Value, male, female));
        }

        if (list is { Children.Count: 0 })
        {
            f.Error(list, "givenNames", "must list at least one era");
        }

        return eras;
    }

    private static void CheckAgeBands(YamlFields f, List<Weighted<int>> bands, int? maxAge)
    {
        var node = f.Node("ageBands", false);
        if (node is null || bands.Count == 0)
        {
            return;
        }

        if (bands[0].Value != 0 || bands.Zip(bands.Skip(1)).Any(pair => pair.Second.Value <= pair.First.Value))
        {
            f.Error(node, "ageBands", "bands must start at age 0 and be listed youngest first");
        }

        if (maxAge is { } max && max <= bands[^1].Value)
        {
            f.Error(f.Node("maxAge", false)!, "maxAge", "must be above the last age band's first age");
        }
    }

    private static MarriageSettings? ReadMarriage(YamlFields f)
    {
        var wifeAge = PopulationFields.Range(f, "wifeAge", 0);
        var gap = PopulationFields.Range(f, "husbandOlderBy", -50);
        var mother = PopulationFields.Range(f, "motherAgeAtBirth", 0);
        var parent = PopulationFields.Range(f, "parentAgeAtBirth", 0);
        var widowedFrom = f.Int("widowedFromAge");
        if (mother is not null && parent is not null && (mother.Min < parent.Min || mother.Max > parent.Max))
        {
            f.Error(f.Node("motherAgeAtBirth", false)!, f.FieldPath("motherAgeAtBirth"), "must lie within parentAgeAtBirth");
        }

        f.RejectUnknown();
        return wifeAge is null || gap is null || mother is null || parent is null || widowedFrom is null
            ? null
            : new MarriageSettings(wifeAge, gap, mother, parent, widowedFrom.Value);
    }

    private static PhoneSettingsForPopulation? ReadPhones(YamlFields f)
    {
        var fromAge = f.Int("fromAge");
        var share = PopulationFields.Percent(f, "percent");
        f.RejectUnknown();
        return fromAge is null || share is null ? null : new PhoneSettingsForPopulation(fromAge.Value, share.Value);
    }
}

/// <summary>Where <c>pack.yaml</c> says the population settings are.</summary>
internal sealed record PopulationFileSetting(string File, long Line);
