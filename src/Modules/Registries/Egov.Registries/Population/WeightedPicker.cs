using Egov.Platform.Packs.Population;

namespace Egov.Registries.Population;

/// <summary>Draws values in proportion to their weights (cumulative table, binary search).</summary>
internal sealed class WeightedPicker<T>
{
    private readonly T[] values;
    private readonly double[] cumulative;

    public WeightedPicker(IEnumerable<Weighted<T>> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("needs at least one weight above 0", nameof(weighted));
        }

        values = [.. list.Select(w => w.Value)];
        cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            cumulative[i] = total;
        }

        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }
    }

    public T Pick(SeededRandom random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        index = index < 0 ? ~index : index + 1;
        return values[Math.Min(index, values.Length - 1)];
    }
}
