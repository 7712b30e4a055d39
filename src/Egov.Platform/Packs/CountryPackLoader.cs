using Egov.Platform.Packs.Demo;
using Egov.Platform.Packs.Population;

namespace Egov.Platform.Packs;

/// <summary>
/// Loads a country pack folder and validates all of it (pack.yaml, texts, region and agency tables, population settings, demo data),
/// reporting every error with file, line and field instead of stopping at the first.
/// </summary>
public static class CountryPackLoader
{
    /// <summary>Loads <paramref name="packDirectory"/> (e.g. <c>packs/kr</c>).</summary>
    public static PackLoadResult Load(string packDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packDirectory);
        var errors = new PackErrorList();
        if (!System.IO.Directory.Exists(packDirectory))
        {
            errors.Add(".", 1, "", $"pack folder '{packDirectory}' not found");
            return PackLoadResult.Failure(errors.Sorted());
        }

        var manifest = PackManifestReader.Read(packDirectory, errors);
        if (manifest is null)
        {
            return PackLoadResult.Failure(errors.Sorted());
        }

        // The demo data is judged by pack.yaml's identifier definitions, which can be compiled only when sound.
        var manifestIsSound = errors.Count == 0;
        var identifiers = manifestIsSound
            ? manifest.Identifiers.ToDictionary(d => d.Id, d => new PersonIdentifierFormat(d), StringComparer.Ordinal)
            : [];
        var texts = PackTextsReader.Read(packDirectory, manifest, errors);
        var errorsBeforeRegions = errors.Count;
        var regionList = RegionTableReader.Read(packDirectory, manifest.Regions, manifest.Languages, errors);
        var regionsAreSound = errors.Count == errorsBeforeRegions;
        var regions = new RegionDirectory(regionList, manifest.Regions.Levels);
        var agencies = AgencyTableReader.Read(packDirectory, manifest.Agencies, manifest.Languages, regions, errors);
        var delegation = DelegationSettingsReader.Read(packDirectory, manifest.Languages, errors);
        var notifications = NotificationTopicsReader.Read(packDirectory, manifest.Languages, errors);
        var org = OrgSettingsReader.Read(packDirectory, manifest.Languages, errors);
        var approvals = ApprovalSettingsReader.Read(packDirectory, manifest.Languages, org, errors);
        var writing = OfficialWritingReader.Read(packDirectory, manifest.Languages, errors);
        // The population's regions are judged against the region table: a broken table is reported once, not per weight.
        var population = manifestIsSound && regionsAreSound && manifest.Population is { } populationFile
            ? PopulationSettingsReader.Read(packDirectory, populationFile, manifest.Languages, regions, manifest.Identifiers, manifest.People, manifest.Businesses, errors)
            : null;
        var exchange = ExchangeSettingsReader.Read(packDirectory, manifest.Languages, errors);
        var documents = DocumentCatalogReader.Read(packDirectory, manifest.Languages, manifest.Currency, delegation, errors);
        var benefits = BenefitCatalogReader.Read(packDirectory, manifest.Languages, agencies, errors);
        var lifeEvents = LifeEventRoutesReader.Read(packDirectory, manifest.Languages, agencies, errors);
        var field = FieldSettingsReader.Read(packDirectory, manifest.Languages, approvals, errors);
        var demo = manifestIsSound ? DemoDataReader.Read(packDirectory, manifest, identifiers, agencies, regions, org, field, errors) : null;
        if (errors.Count > 0)
        {
            return PackLoadResult.Failure(errors.Sorted());
        }

        return PackLoadResult.Success(new CountryPack
        {
            Code = manifest.Code,
            Directory = Path.GetFullPath(packDirectory),
            Languages = manifest.Languages,
            Texts = texts,
            IsDemo = manifest.IsDemo,
            TimeZone = manifest.TimeZone,
            Currency = manifest.Currency,
            DesignStylesheet = manifest.DesignStylesheet,
            Names = manifest.Names,
            Regions = regions,
            Agencies = agencies,
            Address = manifest.Address,
            Identifiers = identifiers,
            People = manifest.People,
            Businesses = manifest.Businesses,
            BrokeredProviders = manifest.BrokeredProviders,
            Demo = demo,
            Population = population,
            Delegation = delegation,
            Exchange = exchange,
            Documents = documents,
            Benefits = benefits,
            Notifications = notifications,
            Org = org,
            Approvals = approvals,
            Writing = writing,
            LifeEvents = lifeEvents,
            Field = field,
        });
    }
}
