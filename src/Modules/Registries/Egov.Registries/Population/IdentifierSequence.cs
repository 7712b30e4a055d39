using Egov.Platform.Packs;

namespace Egov.Registries.Population;

/// <summary>
/// The generator's numbering: serials 0, 1, 2… per birth date and series, so a run never repeats a number. The
/// counters (one <c>int</c> per date of the range and series) are bounded by the date range, not by the population.
/// Numbers already taken elsewhere (the pack's named demo people, seeded beside a generated population) are passed over.
/// </summary>
internal sealed class IdentifierSequence(IdentifierFactory factory, DateOnly earliestBirth, DateOnly latestBirth, IReadOnlySet<string>? taken = null)
{
    private readonly int days = factory.HasBirthDate ? latestBirth.DayNumber - earliestBirth.DayNumber + 1 : 1;
    private readonly List<int[]> counters = [];

    /// <summary>A new number for a person born on <paramref name="born"/> (ignored when the identifier has no birth date).</summary>
    public string Next(DateOnly born, Sex sex, bool foreign)
    {
        var series = factory.SeriesFor(born, sex, foreign);
        var day = factory.HasBirthDate ? born.DayNumber - earliestBirth.DayNumber : 0;
        if (day < 0 || day >= days)
        {
            throw new InvalidOperationException($"identifier '{factory.Id}': birth date {born:yyyy-MM-dd} outside the range this sequence numbers");
        }

        while (counters.Count <= series.Index)
        {
            counters.Add(new int[days]);
        }

        while (true)
        {
            var serial = (ulong)counters[series.Index][day]++;
            if (serial >= factory.Serials)
            {
                throw new InvalidOperationException($"identifier '{factory.Id}': every number for one birth date is taken");
            }

            var number = factory.Compose(born, series, serial);
            if (taken is null || !taken.Contains(number))
            {
                return number;
            }
        }
    }
}
