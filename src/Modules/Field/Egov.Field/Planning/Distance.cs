namespace Egov.Field.Planning;

/// <summary>Great-circle distance on a sphere of the Earth's mean radius (haversine): plenty for sorting a day's round.</summary>
internal static class Distance
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
