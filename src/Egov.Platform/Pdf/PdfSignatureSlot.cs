using System.Globalization;
using System.Text;

namespace Egov.Platform.Pdf;

/// <summary>
/// Where a PDF's last signature sits in the file's bytes: its /ByteRange (the two signed stretches) and its
/// /Contents hex string, which is the gap between them. Read from the bytes, not through a PDF parser: what is
/// signed is bytes, and the check that nothing else is unsigned has to be made on them.
/// </summary>
internal sealed record PdfSignatureSlot(long Start1, long Length1, long Start2, long Length2)
{
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();

    /// <summary>The hex string between the ranges, angle brackets included.</summary>
    public int ContentsStart => (int)(Start1 + Length1);

    public int ContentsEnd => (int)Start2;

    /// <summary>The two signed stretches together: what the CMS signature's message digest covers.</summary>
    public byte[] SignedBytes(ReadOnlySpan<byte> pdf)
    {
        var bytes = new byte[Length1 + Length2];
        pdf.Slice((int)Start1, (int)Length1).CopyTo(bytes);
        pdf.Slice((int)Start2, (int)Length2).CopyTo(bytes.AsSpan((int)Length1));
        return bytes;
    }

    /// <summary>True when the signature covers the whole file: every byte but its own /Contents value.</summary>
    public bool CoversWholeFile(int fileLength) => Start1 == 0 && Start2 + Length2 == fileLength;

    /// <summary>The last /ByteRange of the file whose gap is a hex string inside the file; null when there is none.</summary>
    public static PdfSignatureSlot? FindLast(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf(ByteRangeKey);
        if (at < 0)
        {
            return null;
        }

        var rest = pdf[(at + ByteRangeKey.Length)..];
        var open = rest.IndexOf((byte)'[');
        var close = rest.IndexOf((byte)']');
        if (open < 0 || close < open || close - open > 200)
        {
            return null;
        }

        var numbers = Encoding.ASCII.GetString(rest[(open + 1)..close]).Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != 4 || !numbers.All(n => long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var range = numbers.Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var slot = new PdfSignatureSlot(range[0], range[1], range[2], range[3]);
        var gapStart = range[0] + range[1];
        var valid = range[0] >= 0 && range[1] > 0 && range[2] > gapStart + 1 && range[3] >= 0
            && range[2] + range[3] <= pdf.Length
            && pdf[(int)gapStart] == (byte)'<' && pdf[(int)range[2] - 1] == (byte)'>';
        return valid ? slot : null;
    }

    /// <summary>The DER the /Contents hex string holds (the zero padding after it dropped); null when it is no hex.</summary>
    public byte[]? Contents(ReadOnlySpan<byte> pdf)
    {
        var hex = Encoding.ASCII.GetString(pdf[(ContentsStart + 1)..(ContentsEnd - 1)]);
        try
        {
            var bytes = Convert.FromHexString(hex);
            System.Formats.Asn1.AsnDecoder.ReadEncodedValue(bytes, System.Formats.Asn1.AsnEncodingRules.BER, out _, out _, out var consumed);
            return bytes[..consumed];
        }
        catch (Exception e) when (e is FormatException or System.Formats.Asn1.AsnContentException)
        {
            return null;
        }
    }
}
