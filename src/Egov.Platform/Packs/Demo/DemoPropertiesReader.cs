using System.Globalization;

namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/properties.yaml</c> (optional): parcels in the pack's regions with their buildings, owners whose
/// shares sum to exactly 1, and mortgages with positive amounts.
/// </summary>
internal static class DemoPropertiesReader
{
    public const string FileName = "properties.yaml";

    public static IReadOnlyList<DemoParcel> Read(string packDirectory, RegionDirectory regions, PersonReferences references, PackErrorList errors)
    {
        var parcels = new List<DemoParcel>();
        var keys = new UniqueValues("key");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "parcels", required: false, errors))
        {
            var key = f.String("key");
            var region = f.String("region");
            if (region is not null && regions.Find(region) is null)
            {
                f.Error(f.Node("region", false)!, f.FieldPath("region"), $"region {region} does not exist");
                region = null;
            }

            var lot = f.String("lotNumber");
            var category = f.String("landCategory");
            var area = Decimal(f, "areaM2");
            var buildings = Each(f, "buildings", required: false, b =>
            {
                var building = new DemoBuilding(
                    b.String("key") ?? "", b.String("name", required: false), b.String("use") ?? "", b.Int("floors") ?? 0,
                    Decimal(b, "floorAreaM2") ?? 0, b.Date("completedOn", required: false))
                {
                    Latitude = Degrees(b, "lat", 90),
                    Longitude = Degrees(b, "lon", 180),
                };
                if (building.Latitude.HasValue != building.Longitude.HasValue)
                {
                    b.Error(b.Node(building.Latitude.HasValue ? "lat" : "lon", false)!, b.FieldPath("lat"), "lat and lon come together");
                }

                b.RejectUnknown();
                return building;
            });
            var owners = Each(f, "owners", required: true, o =>
            {
                var person = o.String("person");
                if (person is not null)
                {
                    references.Add(o, "person", person);
                }

                var share = Share(o);
                var owner = new DemoOwner(person ?? "", share.Numerator, share.Denominator, o.Date("acquiredOn") ?? default, o.String("cause") ?? "");
                o.RejectUnknown();
                return owner;
            });
            var mortgages = Each(f, "mortgages", required: false, m =>
            {
                var amount = m.Int("amountThousands");
                if (amount is <= 0)
                {
                    m.Error(m.Node("amountThousands", false)!, m.FieldPath("amountThousands"), "must be positive");
                }

                var mortgage = new DemoMortgage((amount ?? 0) * 1000L, m.String("creditor") ?? "", m.Date("registeredOn") ?? default);
                m.RejectUnknown();
                return mortgage;
            });
            f.RejectUnknown();
            if (owners.Count > 0 && owners.Sum(o => (decimal)o.Numerator / Math.Max(o.Denominator, 1)) != 1m)
            {
                f.Error(f.Node("owners", false)!, f.FieldPath("owners"), "the owners' shares must sum to 1");
            }
            else if (key is not null && region is not null && lot is not null && category is not null && area is not null && keys.Claim(f, "key", key))
            {
                parcels.Add(new DemoParcel(key, region, lot, category, area.Value, buildings, owners, mortgages));
            }
        }

        return parcels;
    }

    private static List<T> Each<T>(YamlFields f, string key, bool required, Func<YamlFields, T> read)
    {
        var items = new List<T>();
        var list = f.List(key, required);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], f.FieldPath($"{key}[{i}]")) is { } entry)
            {
                items.Add(read(entry));
            }
        }

        return items;
    }

    private static decimal? Decimal(YamlFields f, string key)
    {
        if (f.String(key) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        f.Error(f.Node(key, false)!, f.FieldPath(key), "expected a positive number such as 84.97");
        return null;
    }

    /// <summary>An optional coordinate in degrees within ±<paramref name="limit"/>.</summary>
    private static double? Degrees(YamlFields f, string key, double limit)
    {
        var value = f.Number(key, required: false);
        if (value is { } degrees && Math.Abs(degrees) > limit)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), $"must be between -{limit} and {limit} degrees");
            return null;
        }

        return value;
    }

    /// <summary>A share written <c>1/2</c>.</summary>
    private static (int Numerator, int Denominator) Share(YamlFields o)
    {
        var text = o.String("share");
        var parts = text?.Split('/');
        if (parts is [var n, var d] && int.TryParse(n, CultureInfo.InvariantCulture, out var numerator) && int.TryParse(d, CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator >= numerator)
        {
            return (numerator, denominator);
        }

        if (text is not null)
        {
            o.Error(o.Node("share", false)!, o.FieldPath("share"), "expected a share such as 1/2");
        }

        return (0, 1);
    }
}
