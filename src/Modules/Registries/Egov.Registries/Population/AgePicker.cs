using Egov.Platform.Packs.Population;

namespace Egov.Registries.Population;

/// <summary>Ages by the pack's age pyramid: a band by its share, then a year within the band, then a day within the year.</summary>
internal sealed class AgePicker
{
    private readonly WeightedPicker<(int From, int To)> bands;
    private readonly DateOnly asOf;

    public AgePicker(PopulationSettings settings, DateOnly asOf)
    {
        var list = settings.AgeBands;
        bands = new WeightedPicker<(int, int)>(list.Select((b, i) =>
            new Weighted<(int, int)>((b.Value, i + 1 < list.Count ? list[i + 1].Value - 1 : settings.MaxAge), b.Weight)));
        this.asOf = asOf;
        MaxAge = settings.MaxAge;
    }

    public int MaxAge { get; }

    /// <summary>An age of at least <paramref name="min"/> and at most <paramref name="max"/>, by the pyramid where it allows.</summary>
    public int Age(SeededRandom random, int min, int max)
    {
        for (var attempt = 0; attempt < 32; attempt++)
        {
            var (from, to) = bands.Pick(random);
            var age = random.Between(from, to);
            if (age >= min && age <= max)
            {
                return age;
            }
        }

        return random.Between(min, max);
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
