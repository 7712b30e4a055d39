using SkiaSharp;

namespace Egov.Platform.Pdf;

/// <summary>
/// The issuer's name with its seal right after it, as a Korean or Japanese official paper closes: the name, then the
/// seal (the name again, in red, in a double square) where a stamp would be pressed. The drawing shows whose seal
/// it is; the signature is what proves it.
/// </summary>
public static class PdfSeal
{
    /// <summary>The red of a seal's ink.</summary>
    public static readonly SKColor Red = new(200, 30, 30);

    private const float Gap = 8;

    /// <summary>
    /// <paramref name="name"/> in <paramref name="nameFont"/> and its seal of <paramref name="sealSize"/> points,
    /// together centred on <paramref name="centre"/>, their top at <paramref name="top"/>; the seal's lettering in the
    /// largest size of <paramref name="sealFont"/> (down to 5 pt) at which the inscription fills the square.
    /// </summary>
    /// <param name="inscription">What the seal reads, when it is not the name itself (관인: <c>행정안전부장관인</c>).</param>
    public static void WriteSignedName(
        PdfPages pages, string name, PdfFont nameFont, Func<float, PdfFont> sealFont, SKColor ink, float centre, float top, float sealSize,
        string? inscription = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(sealFont);
        var width = TextWrapping.Measure(name, nameFont);
        var left = centre - ((width + Gap + sealSize) / 2);
        pages.Text(name, nameFont, ink, left, top + ((sealSize - nameFont.Height) / 2));

        var sealLeft = left + width + Gap;
        pages.Frame(SKRect.Create(sealLeft, top, sealSize, sealSize), new Stroke(Red, 1.8f));
        pages.Frame(SKRect.Create(sealLeft + 3, top + 3, sealSize - 6, sealSize - 6), new Stroke(Red, 0.6f));
        var (font, lines) = Lettering(sealFont, inscription ?? name, sealSize - 10);
        var y = top + ((sealSize - (lines.Count * font.Height)) / 2);
        foreach (var line in lines)
        {
            pages.Text(line, font, Red, sealLeft + (sealSize / 2), y, TextAnchor.Centre);
            y += font.Height;
        }
    }

    private static (PdfFont Font, IReadOnlyList<string> Lines) Lettering(Func<float, PdfFont> sealFont, string name, float inner)
    {
        for (var size = 12f; ; size -= 0.5f)
        {
            var font = sealFont(size);
            var lines = TextWrapping.Wrap(name, font, inner);
            if (size <= 5 || lines.Count * font.Height <= inner)
            {
                return (font, lines);
            }
        }
    }
}
