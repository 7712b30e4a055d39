using System.Collections.Concurrent;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>
/// The TrueType faces of certificates, from Debian's packages. Nanum (fonts-nanum) writes Hangul, Latin, kana and the
/// traditional hanja, but not the kanji Japan simplified (写, 発, 続…), so Japanese documents use IPAex
/// (fonts-ipaexfont-gothic, fonts-ipaexfont-mincho), which has no bold: Skia emboldens it. Each face is read once
/// per process twice over: as a Skia typeface to measure text with, and as a HarfBuzz face to cut each document's
/// subset from. The PDF embeds only the subset: readers need no font installed.
/// </summary>
internal sealed class CertificateFace
{
    public static readonly CertificateFace NanumGothic = new("NanumGothic", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    public static readonly CertificateFace NanumGothicBold = new("NanumGothicBold", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");
    public static readonly CertificateFace NanumMyeongjo = new("NanumMyeongjo", "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf");
    public static readonly CertificateFace NanumMyeongjoBold = new("NanumMyeongjoBold", "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf");
    public static readonly CertificateFace IpaexGothic = new("IPAexGothic", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    public static readonly CertificateFace IpaexMincho = new("IPAexMincho", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");

    private readonly Lazy<SKTypeface> typeface;
    private readonly Lazy<IntPtr> subsetSource;
    private readonly ConcurrentDictionary<int, float> units = new();

    private CertificateFace(string name, string path)
    {
        Name = name;
        typeface = new(() => SKTypeface.FromFile(Installed(path)) ?? throw new InvalidOperationException($"Skia could not read the font {path}."));
        subsetSource = new(() => HarfBuzzSubsetter.Open(Installed(path)));
    }

    public string Name { get; }

    /// <summary>The whole face, for measuring: the subsets keep every advance width it has.</summary>
    public SKTypeface Typeface => typeface.Value;

    /// <summary>
    /// A character's advance width in font units, as the font's hmtx table has it (a whole number): read once per
    /// process. Skia's PDF writer advances by exactly this times the size over units per em; text placed at those
    /// positions is written as one string per line, any other position as one positioning operator per character.
    /// </summary>
    public float Units(int codePoint) => units.GetOrAdd(codePoint, static (c, face) =>
    {
        using var font = new SKFont(face.Typeface, face.Typeface.UnitsPerEm) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        return MathF.Round(font.MeasureText(char.ConvertFromUtf32(c)));
    }, this);

    /// <summary>A typeface holding only the glyphs of <paramref name="codePoints"/>, to draw one document with.</summary>
    public SKTypeface Subset(IEnumerable<int> codePoints)
    {
        using var data = SKData.CreateCopy(HarfBuzzSubsetter.Subset(subsetSource.Value, codePoints));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the subset of {Name}.");
    }

    public override string ToString() => Name;

    private static string Installed(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"The font {path} is not installed: install the Debian packages fonts-nanum, fonts-ipaexfont-gothic and fonts-ipaexfont-mincho.", path);
}

/// <summary>
/// A face at a size, emboldened where the face has no bold of its own. Measuring uses the whole face with exact
/// (unhinted) advances, so what <see cref="TextWrapping"/> measures is where the subset's glyphs are drawn.
/// </summary>
internal sealed class CertificateFont
{
    private readonly float scale;

    public CertificateFont(CertificateFace face, float size, bool embolden)
    {
        Face = face;
        Size = size;
        Embolden = embolden;
        // Computed as Skia's PDF writer computes its advance scale, so that the sums agree to the last bit.
        scale = size * 1f / face.Typeface.UnitsPerEm;
        using var font = Create(face.Typeface);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent;
        Height = metrics.Descent - metrics.Ascent + metrics.Leading;
    }

    public CertificateFace Face { get; }

    public float Size { get; }

    public bool Embolden { get; }

    /// <summary>From the top of a line to its baseline.</summary>
    public float Ascent { get; }

    /// <summary>The distance between the baselines of two lines.</summary>
    public float Height { get; }

    /// <summary>The advance width of one character at this size.</summary>
    public float Advance(int codePoint) => scale * Face.Units(codePoint);

    /// <summary>A Skia font of this size and weight on <paramref name="typeface"/>; the caller disposes it.</summary>
    public SKFont Create(SKTypeface typeface) => new(typeface, Size)
    {
        Embolden = Embolden,
        // Unhinted, unrounded advances: the positions measured are the positions drawn, at any zoom.
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        BaselineSnap = false,
    };
}
