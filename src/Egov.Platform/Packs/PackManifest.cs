namespace Egov.Platform.Packs;

/// <summary>What <c>pack.yaml</c> says, before the tables and texts it points to are read.</summary>
internal sealed record PackManifest(
    string Code,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Languages,
    long LanguagesLine,
    bool IsDemo,
    TimeZoneInfo TimeZone,
    CurrencyFormat Currency,
    string DesignStylesheet,
    RegionTableSettings Regions,
    AgencyTableSettings Agencies,
    AddressFormat Address,
    IReadOnlyList<IdentifierDefinition> Identifiers,
    PeopleSettings? People,
    BusinessSettings? Businesses,
    IReadOnlyList<BrokeredProvider> BrokeredProviders,
    Population.PopulationFileSetting? Population = null);

/// <summary>Where the region table is and the rules its codes follow.</summary>
internal sealed record RegionTableSettings(string File, long FileLine, IReadOnlyList<RegionLevel> Levels, bool CodeStartsWithParent);

/// <summary>Where the agency table is and the pattern its codes follow.</summary>
internal sealed record AgencyTableSettings(string File, long FileLine, string CodePattern);
