using System.Globalization;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Files;

namespace Egov.Registries.Population;

/// <summary>Writes dwellings' addresses: a road of the pack's list, a building number, the region's postal code range.</summary>
internal sealed class AddressFactory
{
    private readonly AddressSettings settings;
    private readonly CsvFile file;
    private readonly Dictionary<string, IntRange> postalCodes = new(StringComparer.Ordinal);
    private readonly string postalFormat;
    private long nextId;

    public AddressFactory(AddressSettings settings, RegionDirectory regions, IEnumerable<string> leafRegions, CsvFile file)
    {
        this.settings = settings;
        this.file = file;
        postalFormat = new string('0', settings.PostalCodeDigits);
        foreach (var leaf in leafRegions)
        {
            // The deepest enclosing region with a range gives the postal codes.
            for (var region = regions.Find(leaf); region is not null; region = region.ParentCode is { } p ? regions.Find(p) : null)
            {
                if (settings.PostalCodes.TryGetValue(region.Code, out var range))
                {
                    postalCodes[leaf] = range;
                    break;
                }
            }
        }
    }

    /// <summary>A building site in <paramref name="region"/>: postal code, road, number.</summary>
    public Site NewSite(string region, SeededRandom random)
    {
        var range = postalCodes.GetValueOrDefault(region) ?? new IntRange(0, 0);
        return new Site(region, random.Between(range.Min, range.Max), random.Pick(settings.Roads), random.Between(1, 400));
    }

    /// <summary>Writes an address at <paramref name="site"/>; <paramref name="floor"/> and <paramref name="unit"/> when the building has several dwellings.</summary>
    public long Write(Site site, int floor = 0, int unit = 0)
    {
        var id = ++nextId;
        var detail = unit == 0
            ? null
            : settings.UnitDetail
                .Replace("{floor}", floor.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{unit}", unit.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        file.Field(id).Field(site.Region).Field(site.PostalCode.ToString(postalFormat, CultureInfo.InvariantCulture))
            .Field(site.Road).Field(site.Number).Field(detail).EndRow();
        return id;
    }

    public long WriteNew(string region, SeededRandom random) => Write(NewSite(region, random));
}

/// <summary>Where a building stands.</summary>
internal sealed record Site(string Region, int PostalCode, string Road, int Number);
