using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Egov.Platform.Pdf;

/// <summary>
/// A drawing added to a page of Skia's as a content stream of its own (ISO 32000-1, 7.8.2: a page's /Contents may be
/// an array of streams, read as one): drawn first, under Skia's content, so nothing Skia leaves in the graphics state
/// touches it, and wrapped in q … Q so that nothing it sets touches Skia's. Its operators use Skia's coordinates
/// (points from the top left, y down), which the stream sets up from the page's /MediaBox as Skia does.
/// </summary>
internal static partial class PdfPageDrawing
{
    /// <summary>The stream object (dictionary and deflated data) that draws <paramref name="operators"/> on <paramref name="page"/>.</summary>
    public static byte[] Stream(byte[] operators, string page)
    {
        var box = MediaBoxPattern().Match(page);
        if (!box.Success)
        {
            throw new InvalidOperationException("Skia's page has no /MediaBox of four numbers.");
        }

        using var data = new MemoryStream();
        using (var deflate = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q 1 0 0 -1 {box.Groups[1].Value} {box.Groups[4].Value} cm\n")));
            deflate.Write(operators);
            deflate.Write("Q\n"u8);
        }

        using var stream = new MemoryStream((int)data.Length + 64);
        stream.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<</Length {data.Length} /Filter /FlateDecode>>\nstream\n")));
        data.WriteTo(stream);
        stream.Write("\nendstream"u8);
        return stream.ToArray();
    }

    /// <summary><paramref name="page"/> with stream object <paramref name="drawing"/> first in its /Contents.</summary>
    public static string Underneath(string page, int drawing)
    {
        var contents = ContentsPattern().Match(page);
        if (!contents.Success)
        {
            throw new InvalidOperationException("Skia's page has no /Contents stream or array of streams.");
        }

        var streams = contents.Groups[1].Success ? contents.Groups[1].Value : contents.Groups[2].Value;
        return string.Concat(
            page.AsSpan(0, contents.Index),
            string.Create(CultureInfo.InvariantCulture, $"/Contents [{drawing} 0 R {streams.Trim()}]"),
            page.AsSpan(contents.Index + contents.Length));
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]")]
    private static partial Regex MediaBoxPattern();

    /// <summary>/Contents as one reference, or as an array of references.</summary>
    [GeneratedRegex(@"/Contents\s*(?:\[([\d\sR]*)\]|(\d+\s+\d+\s+R))")]
    private static partial Regex ContentsPattern();
}
