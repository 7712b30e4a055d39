using System.Globalization;

namespace Egov.Platform.Packs.Population;

/// <summary>
/// What a synthetic population of the country looks like (<c>population.yaml</c>): names, where people live,
/// ages, households, foreign nationals, land and buildings. Weights are relative (they need not sum to 100);
/// the generator normalises them.
/// </summary>
public sealed record PopulationSettings
{
    public required IReadOnlyList<Weighted<PersonName>> Surnames { get; init; }

    /// <summary>Given names by the year from which people were born with them, oldest first.</summary>
    public required IReadOnlyList<GivenNameEra> GivenNames { get; init; }

    /// <summary>Population of every deepest-level region, in file order.</summary>
    public required IReadOnlyList<Weighted<string>> Regions { get; init; }

    /// <summary>Share of each age band (an age from which the band runs until the next band), youngest first.</summary>
    public required IReadOnlyList<Weighted<int>> AgeBands { get; init; }

    /// <summary>The oldest age the last band reaches.</summary>
    public required int MaxAge { get; init; }

    public required IReadOnlyList<Weighted<int>> HouseholdSizes { get; init; }

    /// <summary>Share (0–1) of households of three or more people that hold three generations.</summary>
    public required double ThreeGenerationShare { get; init; }

    public required MarriageSettings Marriage { get; init; }

    /// <summary>Share (0–1) of people living alone past <see cref="MarriageSettings.WidowedFromAge"/> whose spouse has died.</summary>
    public required double WidowedShare { get; init; }

    /// <summary>Share (0–1) of adult children who emigrated (still listed in their parents' household).</summary>
    public required double EmigratedShare { get; init; }

    public required ForeignNationalSettings ForeignNationals { get; init; }

    public required PhoneSettingsForPopulation Phones { get; init; }

    public required AddressSettings Addresses { get; init; }

    public required IReadOnlyList<LandCategory> LandCategories { get; init; }

    /// <summary>Share (0–1) of households whose head also owns land without a building (fields, forest).</summary>
    public required double LandHoldingShare { get; init; }

    public required IReadOnlyList<BuildingUse> BuildingUses { get; init; }

    /// <summary>Share (0–1) of households that own the dwelling they live in.</summary>
    public required double OwnerOccupiedShare { get; init; }

    /// <summary>Share (0–1) of owned properties carrying a mortgage.</summary>
    public required double MortgageShare { get; init; }

    /// <summary>Amounts secured by a mortgage or a lease right, in the currency's smallest unit.</summary>
    public required IntRange SecuredAmount { get; init; }

    /// <summary>Lenders named as creditors of mortgages (banks).</summary>
    public required IReadOnlyList<string> Creditors { get; init; }

    public required CompanySettings Companies { get; init; }
}

/// <summary>A value and its relative weight.</summary>
public sealed record Weighted<T>(T Value, double Weight);

/// <summary>A name in the country's script and in Latin letters (<c>김</c>, <c>Kim</c>).</summary>
public sealed record PersonName(string Name, string Latin);

/// <summary>Given names popular for people born from <see cref="BornFrom"/> until the next era.</summary>
public sealed record GivenNameEra(int BornFrom, IReadOnlyList<PersonName> Male, IReadOnlyList<PersonName> Female);

/// <summary>An inclusive range of whole numbers.</summary>
public sealed record IntRange(int Min, int Max);

/// <summary>When couples marry and have children.</summary>
/// <param name="WifeAge">The wife's age at marriage.</param>
/// <param name="HusbandOlderBy">The husband's age minus the wife's (negative: he is younger).</param>
/// <param name="MotherAgeAtBirth">The mother's age at each child's birth.</param>
/// <param name="ParentAgeAtBirth">Any parent's age at a child's birth; the generator never goes outside it.</param>
/// <param name="WidowedFromAge">From this age a person living alone may be widowed.</param>
public sealed record MarriageSettings(IntRange WifeAge, IntRange HusbandOlderBy, IntRange MotherAgeAtBirth, IntRange ParentAgeAtBirth, int WidowedFromAge);

/// <summary>Residents who are not nationals.</summary>
/// <param name="Share">Share (0–1) of households of foreign nationals.</param>
/// <param name="IdentifierValues">
/// Per group of the person identifier, the values reserved to foreign nationals (kr: the 7th digit 5–8);
/// nationals get the other values.
/// </param>
/// <param name="Nationalities">ISO 3166-1 alpha-2 codes with weights and full names per sex.</param>
public sealed record ForeignNationalSettings(
    double Share, IReadOnlyDictionary<string, IReadOnlyList<string>> IdentifierValues, IReadOnlyList<Weighted<Nationality>> Nationalities);

/// <summary>A nationality and full names its people are registered under.</summary>
public sealed record Nationality(string Code, IReadOnlyList<PersonName> Male, IReadOnlyList<PersonName> Female);

/// <summary>Who has a mobile phone on record: a share (0–1) of the people from an age.</summary>
public sealed record PhoneSettingsForPopulation(int FromAge, double Share);

/// <summary>How generated addresses look.</summary>
/// <param name="Roads">Road names.</param>
/// <param name="PostalCodes">Postal code ranges by region code (the deepest enclosing region listed wins).</param>
/// <param name="UnitDetail">The detail of a unit in a building of several dwellings: <c>{floor}</c>, <c>{unit}</c> (two digits).</param>
public sealed record AddressSettings(IReadOnlyList<string> Roads, IReadOnlyDictionary<string, IntRange> PostalCodes, int PostalCodeDigits, string UnitDetail);

/// <summary>A land category (지목) of the cadastre.</summary>
/// <param name="ForBuildings">True for the category of building sites (exactly one).</param>
/// <param name="Weight">Weight among land held without a building.</param>
/// <param name="AreaM2">Plausible area in square metres.</param>
public sealed record LandCategory(string Code, IReadOnlyDictionary<string, string> Names, bool ForBuildings, double Weight, IntRange AreaM2)
{
    /// <summary>The category's name in <paramref name="culture"/>'s language, or its code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>A building use (용도) of the building register.</summary>
/// <param name="DwellingWeight">Weight among the dwellings households live in; 0 for a use nobody lives in.</param>
/// <param name="ForCompanies">True for the use of companies' premises (at least one).</param>
/// <param name="Floors">Floors above ground.</param>
/// <param name="UnitsPerFloor">Dwellings per floor (1 for a house).</param>
/// <param name="UnitAreaM2">Floor area of one dwelling (or of one floor for premises).</param>
public sealed record BuildingUse(
    string Code, IReadOnlyDictionary<string, string> Names, double DwellingWeight, bool ForCompanies, IntRange Floors, int UnitsPerFloor, IntRange UnitAreaM2)
{
    /// <summary>The use's name in <paramref name="culture"/>'s language, or its code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>Companies: how many, what they are called, how many have closed.</summary>
/// <param name="PeoplePerCompany">One company for this many residents.</param>
/// <param name="NameTemplates">Name templates with <c>{first}</c> and <c>{second}</c>.</param>
/// <param name="ClosedShare">Share (0–1) of companies that have closed.</param>
public sealed record CompanySettings(int PeoplePerCompany, IReadOnlyList<string> NameTemplates, IReadOnlyList<string> First, IReadOnlyList<string> Second, double ClosedShare);
