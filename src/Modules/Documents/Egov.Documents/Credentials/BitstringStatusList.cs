using System.Buffers.Text;
using System.IO.Compression;

namespace Egov.Documents.Credentials;

/// <summary>
/// A W3C Bitstring Status List v1.0: bit i set means the credential at index i is revoked. Index 0 is the most
/// significant bit of the first byte. Published as <c>encodedList</c>: multibase base64url ('u', no padding) of the
/// GZIP-compressed bits. The spec's minimum of 131,072 entries (16 KB) gives herd privacy: fetching a list does not
/// tell the issuer which of many documents is being checked.
/// </summary>
internal sealed class BitstringStatusList
{
    public const int MinimumEntries = 131_072;

    // Decoding guard: a small encodedList may inflate to gigabytes. 2 MB is 16 million entries, 128 times ours.
    private const int MaximumBytes = 2 * 1024 * 1024;

    private readonly byte[] bits;

    public BitstringStatusList()
        : this(new byte[MinimumEntries / 8])
    {
    }

    private BitstringStatusList(byte[] bits) => this.bits = bits;

    public int Length => bits.Length * 8;

    public bool this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            return (bits[index >> 3] & Mask(index)) != 0;
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            bits[index >> 3] = (byte)(value ? bits[index >> 3] | Mask(index) : bits[index >> 3] & ~Mask(index));
        }
    }

    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + Base64Url.EncodeToString(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
    }

    /// <summary>The list an <c>encodedList</c> holds, or null when it is not one (or shorter than the spec's minimum).</summary>
    public static BitstringStatusList? Decode(string? encodedList)
    {
        if (encodedList is not ['u', .. var text] || text.Length > MaximumBytes || CompactJws.Decode(text) is not { } compressed)
        {
            return null;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (inflated.Length + read > MaximumBytes)
                {
                    return null;
                }

                inflated.Write(buffer, 0, read);
            }

            return inflated.Length < MinimumEntries / 8 ? null : new BitstringStatusList(inflated.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int Mask(int index) => 0x80 >> (index & 7);
}
