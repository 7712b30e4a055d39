using Egov.Platform.Packs.Population;

namespace Egov.Registries.Population;

/// <summary>Writes parcels, buildings, ownership shares and encumbrances, numbering parcels and buildings.</summary>
internal sealed class PropertyRegister(PopulationFiles files, PopulationSettings settings, DateOnly asOf)
{
    public const string Parcel = "parcel";
    public const string Building = "building";
    public const string Resident = "resident";
    public const string Company = "company";

    private static readonly string[] Causes = ["sale", "inheritance", "gift", "auction"];
    private static readonly double[] CauseShares = [0.85, 0.07, 0.05, 0.03];
    private readonly LandCategory buildingSite = settings.LandCategories.Single(c => c.ForBuildings);
    private readonly WeightedPicker<LandCategory> bareLand = new(settings.LandCategories.Where(c => !c.ForBuildings).Select(c => new Weighted<LandCategory>(c, c.Weight)));
    private long nextParcel;
    private long nextBuilding;

    public long NewParcel(string region, LandCategory category, double sizeFactor, SeededRandom random)
    {
        var id = ++nextParcel;
        var main = random.Between(1, 2000);
        var sub = random.Chance(0.6) ? random.Between(1, 60) : 0;
        var lot = sub == 0 ? main.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{main}-{sub}");
        files.Parcels.Field(id).Field(region).Field(lot).Field(category.Code).Field(Math.Round(Area(category.AreaM2, random) * (decimal)sizeFactor, 2)).EndRow();
        return id;
    }

    /// <summary>A building site and the building on it; returns both ids.</summary>
    public (long Parcel, long Building) NewBuilding(string region, BuildingUse use, string? name, int floors, decimal floorArea, DateOnly completed, SeededRandom random)
    {
        var parcel = NewParcel(region, buildingSite, Math.Max(1, floors * use.UnitsPerFloor / 8.0), random);
        var id = ++nextBuilding;
        files.Buildings.Field(id).Field(parcel).Field(name).Field(use.Code).Field(floors).Field(floorArea).Field(completed).EndRow();
        return (parcel, id);
    }

    /// <summary>A parcel of bare land (field, paddy, forest) by the pack's weights.</summary>
    public long NewBareLand(string region, SeededRandom random) => NewParcel(region, bareLand.Pick(random), 1, random);

    public void Own(string kind, long property, string ownerKind, long owner, int numerator, int denominator, DateOnly acquired, string cause, DateOnly? disposed = null) =>
        files.Ownership.Field(kind).Field(property).Field(ownerKind).Field(owner).Field(numerator).Field(denominator)
            .Field(acquired).Field(cause).Field(disposed).EndRow();

    /// <summary>A mortgage registered when the owner acquired it, cancelled later in some cases.</summary>
    public void MaybeMortgage(string kind, long property, DateOnly acquired, SeededRandom random)
    {
        if (random.Chance(settings.MortgageShare))
        {
            var cancelled = random.Chance(0.25) && acquired.AddYears(1) < asOf ? random.Day(acquired.AddYears(1), asOf) : (DateOnly?)null;
            Encumber(kind, property, "mortgage", random.Pick(settings.Creditors), acquired, cancelled, random);
        }
        else if (random.Chance(0.003))
        {
            Encumber(kind, property, "seizure", random.Pick(settings.Creditors), random.Day(acquired, asOf), null, random);
        }
    }

    public void Encumber(string kind, long property, string what, string creditor, DateOnly registered, DateOnly? cancelled, SeededRandom random)
    {
        var range = settings.SecuredAmount;
        // Round to a thousandth of the range's top: registered amounts are round figures.
        var step = Math.Max(1L, range.Max / 1000);
        var amount = random.Between(range.Min, range.Max) / step * step;
        files.Encumbrances.Field(kind).Field(property).Field(what).Field(amount).Field(creditor).Field(registered).Field(cancelled).EndRow();
    }

    public static string Cause(SeededRandom random)
    {
        var draw = random.NextDouble();
        for (var i = 0; i < Causes.Length; i++)
        {
            draw -= CauseShares[i];
            if (draw < 0)
            {
                return Causes[i];
            }
        }

        return Causes[0];
    }

    public static decimal Area(IntRange range, SeededRandom random) => random.Between(range.Min * 100, range.Max * 100) / 100m;
}
