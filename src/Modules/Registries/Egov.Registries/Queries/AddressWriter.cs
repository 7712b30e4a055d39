using Egov.Platform.Packs;
using Egov.Registries.Domain;

namespace Egov.Registries.Queries;

/// <summary>
/// Addresses and parcel locations in a pack language. The register keeps the deepest region; the pack's address
/// template gets its top-level region as <c>province</c> and the regions below it as <c>city</c>.
/// </summary>
internal sealed class AddressWriter(CountryPack pack)
{
    /// <summary><paramref name="language"/> if the pack writes addresses in it, else the pack's default language.</summary>
    public string LanguageFor(string language) => pack.Address.Templates.ContainsKey(language) ? language : pack.DefaultLanguage;

    public string Write(Address address, string language)
    {
        language = LanguageFor(language);
        var regions = RegionNames(address.RegionCode, language);
        var parts = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["postalCode"] = address.PostalCode,
            ["province"] = regions.FirstOrDefault(),
            ["city"] = string.Join(' ', regions.Skip(1)),
            ["road"] = address.Road,
            ["building"] = address.Building,
            ["detail"] = address.Detail,
        };
        return pack.Address.Templates.Count == 0 ? string.Join(' ', parts.Values.Where(v => !string.IsNullOrEmpty(v))) : pack.Address.Format(parts, language);
    }

    /// <summary>A parcel's place: its regions, largest first, and its lot number.</summary>
    public string Location(Parcel parcel, string language) => string.Join(' ', [.. RegionNames(parcel.RegionCode, LanguageFor(language)), parcel.LotNumber]);

    private List<string> RegionNames(string code, string language)
    {
        var names = new List<string>();
        for (var region = pack.Regions.Find(code); region is not null; region = region.ParentCode is { } parent ? pack.Regions.Find(parent) : null)
        {
            names.Insert(0, region.Names.TryGetValue(language, out var name) ? name : region.Names.Values.FirstOrDefault() ?? region.Code);
        }

        return names.Count == 0 ? [code] : names;
    }
}
