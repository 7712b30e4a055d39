namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// The file ids of one kind seen so far, as a bitmap in 64 Ki-bit chunks allocated where ids fall: 51.6 million
/// dense ids take about 6.5 MB, and references are checked without a database round trip.
/// </summary>
internal sealed class FileIdSet
{
    private const int ChunkBits = 1 << 16;
    private readonly Dictionary<long, ulong[]> chunks = [];

    /// <summary>Adds an id; false when it was already there.</summary>
    public bool Add(long id)
    {
        var (chunkIndex, word, bit) = Locate(id);
        if (!chunks.TryGetValue(chunkIndex, out var chunk))
        {
            chunk = new ulong[ChunkBits / 64];
            chunks.Add(chunkIndex, chunk);
        }

        var before = chunk[word];
        chunk[word] = before | bit;
        return (before & bit) == 0;
    }

    public bool Contains(long id)
    {
        var (chunkIndex, word, bit) = Locate(id);
        return chunks.TryGetValue(chunkIndex, out var chunk) && (chunk[word] & bit) != 0;
    }

    private static (long Chunk, int Word, ulong Bit) Locate(long id) =>
        (id / ChunkBits, (int)(id % ChunkBits) / 64, 1UL << (int)(id % 64));
}
