using System.Globalization;
using Egov.Platform.Packs;

namespace Egov.Registries.Queries;

/// <summary>
/// The pack's names for the codes the registers keep (regions, land categories, building uses), in the
/// reader's language; the code itself where the pack names none, so an imported code the pack does not list
/// still shows.
/// </summary>
internal sealed class PackNames(CountryPack pack)
{
    private static CultureInfo Reader => CultureInfo.CurrentUICulture;

    public string Region(string code) => pack.Regions.Find(code) is { } region
        ? region.Names.TryGetValue(Reader.TwoLetterISOLanguageName, out var name) ? name : region.Names.GetValueOrDefault(pack.DefaultLanguage, code)
        : code;

    /// <summary>A land category (<c>parcels.land_category</c>), from the pack's population settings.</summary>
    public string LandCategory(string code) => pack.Population?.LandCategories.FirstOrDefault(c => c.Code == code)?.NameIn(Reader) ?? code;

    /// <summary>A building use (<c>buildings.use</c>), from the pack's population settings.</summary>
    public string BuildingUse(string code) => pack.Population?.BuildingUses.FirstOrDefault(u => u.Code == code)?.NameIn(Reader) ?? code;
}
