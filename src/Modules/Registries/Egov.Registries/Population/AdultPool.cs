using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// The last few thousand adults already written: landlords, previous owners and representatives are drawn from
/// them, so every reference points at an earlier row and memory stays bounded.
/// </summary>
internal sealed class AdultPool
{
    private const int Capacity = 4096;
    private readonly long[] ids = new long[Capacity];
    private readonly DateOnly[] births = new DateOnly[Capacity];
    private long added;

    public void Add(long id, DateOnly born)
    {
        var slot = (int)(added % Capacity);
        ids[slot] = id;
        births[slot] = born;
        added++;
    }

    public bool IsEmpty => added == 0;

    /// <summary>Any adult of the pool, with the birth date.</summary>
    public (long Id, DateOnly Born) Pick(SeededRandom random)
    {
        var slot = random.Below((int)Math.Min(added, Capacity));
        return (ids[slot], births[slot]);
    }

    /// <summary>An adult who had come of age (<paramref name="adultAge"/>) by <paramref name="on"/>; null when none is found quickly.</summary>
    public long? PickAdultOn(SeededRandom random, DateOnly on, int adultAge)
    {
        var count = (int)Math.Min(added, Capacity);
        for (var attempt = 0; count > 0 && attempt < 8; attempt++)
        {
            var slot = random.Below(count);
            if (Age.Reached(births[slot], adultAge) <= on)
            {
                return ids[slot];
            }
        }

        return null;
    }
}
