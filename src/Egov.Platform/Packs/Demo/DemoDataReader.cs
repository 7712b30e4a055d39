namespace Egov.Platform.Packs.Demo;

/// <summary>Reads the optional <c>demo/</c> folder and checks that its files refer to people, agencies and identifiers that exist.</summary>
internal static class DemoDataReader
{
    /// <summary>Null when the pack has no demo folder.</summary>
    public static PackDemo? Read(
        string packDirectory, PackManifest manifest, IReadOnlyDictionary<string, PersonIdentifierFormat> identifiers,
        IReadOnlyList<Agency> agencies, RegionDirectory regions, OrgSettings org, FieldSettings field, PackErrorList errors)
    {
        if (!Directory.Exists(Path.Combine(packDirectory, DemoFile.Folder)))
        {
            return null;
        }

        if (manifest.People is null)
        {
            errors.Add(PackManifestReader.FileName, 1, "people", $"required when the pack has a {DemoFile.Folder} folder");
            return null;
        }

        var references = new PersonReferences();
        var businessFormat = manifest.Businesses is { } businesses ? identifiers[businesses.Identifier] : null;
        var people = DemoPeopleReader.Read(packDirectory, identifiers[manifest.People.Identifier], references, errors);
        var companies = DemoCompaniesReader.Read(packDirectory, businessFormat, references, errors);
        var departments = DemoOrgReader.Read(packDirectory, agencies, org, manifest.Languages, errors);
        var officials = DemoOfficialsReader.Read(packDirectory, agencies, org, departments, references, errors);
        var households = DemoHouseholdsReader.ReadHouseholds(packDirectory, regions, references, errors);
        var marriages = DemoHouseholdsReader.ReadMarriages(packDirectory, references, errors);
        var parcels = DemoPropertiesReader.Read(packDirectory, regions, references, errors);
        var population = DemoPopulationReader.Read(packDirectory, manifest, errors);
        var plans = DemoFieldReader.Read(packDirectory, regions, field, officials, errors);
        references.Check(errors);
        return new PackDemo
        {
            People = people, Companies = companies, Officials = officials, Departments = departments, Households = households, Marriages = marriages, Parcels = parcels,
            Population = population, InspectionPlans = plans,
        };
    }
}
