using Egov.Platform.Packs.Population;

namespace Egov.Registries.Population;

/// <summary>
/// Ages by the pack's age pyramid, each band's share spread evenly over its years and multiplied by the band's
/// calibration factor (see <see cref="AgeCalibration"/>); an age between two bounds is drawn from the weights cut
/// to those bounds (inverse of the cumulative weights), so it keeps the pyramid's shape.
/// </summary>
internal sealed class AgePicker
{
    /// <summary><c>cumulative[a]</c>: the weight of ages below <c>a</c>; one more entry than there are ages.</summary>
    private readonly double[] cumulative;
    private readonly DateOnly asOf;

    public AgePicker(PopulationSettings settings, DateOnly asOf, IReadOnlyList<double>? bandFactors = null)
    {
        MaxAge = settings.MaxAge;
        this.asOf = asOf;
        var bands = settings.AgeBands;
        cumulative = new double[MaxAge + 2];
        for (var age = 0; age <= MaxAge; age++)
        {
            var band = BandOf(settings, age);
            var width = (band + 1 < bands.Count ? bands[band + 1].Value : MaxAge + 1) - bands[band].Value;
            cumulative[age + 1] = cumulative[age] + (bands[band].Weight * (bandFactors?[band] ?? 1) / width);
        }
    }

    public int MaxAge { get; }

    /// <summary>The index of the age band <paramref name="age"/> falls in.</summary>
    public static int BandOf(PopulationSettings settings, int age)
    {
        var band = settings.AgeBands.Count - 1;
        while (band > 0 && settings.AgeBands[band].Value > age)
        {
            band--;
        }

        return band;
    }

    /// <summary>An age from <paramref name="min"/> to <paramref name="max"/> (clamped to 0 and the oldest age), by the weights.</summary>
    public int Age(SeededRandom random, int min, int max)
    {
        min = Math.Clamp(min, 0, MaxAge);
        max = Math.Clamp(max, min, MaxAge);
        var low = cumulative[min];
        var high = cumulative[max + 1];
        if (high <= low)
        {
            return random.Between(min, max);
        }

        var target = low + (random.NextDouble() * (high - low));
        var index = Array.BinarySearch(cumulative, min, max - min + 2, target);
        var age = (index < 0 ? ~index : index + 1) - 1;
        return Math.Clamp(age, min, max);
    }

    /// <summary>A birth date giving <paramref name="age"/> full years on the reference date.</summary>
    public DateOnly BornAt(SeededRandom random, int age) => BornBefore(random, asOf, age);

    /// <summary>A birth date giving <paramref name="age"/> full years on <paramref name="on"/>.</summary>
    public static DateOnly BornBefore(SeededRandom random, DateOnly on, int age)
    {
        var latest = on.AddYears(-age);
        var earliest = on.AddYears(-age - 1).AddDays(1);
        return random.Day(earliest, latest);
    }
}
