using System.Collections.Concurrent;
using SkiaSharp;

namespace Egov.Platform.Pdf;

/// <summary>
/// The TrueType faces of the platform's PDFs (certificates, official documents), from Debian's packages. Nanum
/// (fonts-nanum) writes Hangul, Latin, kana and the traditional hanja, but not the kanji Japan simplified (写, 発,
/// 続…), so Japanese documents use IPAex (fonts-ipaexfont-gothic, fonts-ipaexfont-mincho), which has no bold: Skia
/// emboldens it. Each face is read once
/// per process twice over: as a Skia typeface to measure text with, and as a HarfBuzz face to cut each document's
/// subset from. The PDF embeds only the subset: readers need no font installed.
/// </summary>
public sealed class PdfFace
{
    /// <summary>Nanum Gothic: Hangul, Latin, kana and traditional hanja, sans-serif.</summary>
    public static readonly PdfFace NanumGothic = new("NanumGothic", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    /// <summary>Nanum Gothic's bold.</summary>
    public static readonly PdfFace NanumGothicBold = new("NanumGothicBold", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");

    /// <summary>Nanum Myeongjo: the serif (명조) of Korean documents.</summary>
    public static readonly PdfFace NanumMyeongjo = new("NanumMyeongjo", "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf");

    /// <summary>Nanum Myeongjo's bold.</summary>
    public static readonly PdfFace NanumMyeongjoBold = new("NanumMyeongjoBold", "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf");

    /// <summary>IPAex Gothic: Japanese sans-serif, with the simplified kanji; no bold.</summary>
    public static readonly PdfFace IpaexGothic = new("IPAexGothic", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    /// <summary>IPAex Mincho: the serif (明朝) of Japanese documents; no bold.</summary>
    public static readonly PdfFace IpaexMincho = new("IPAexMincho", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");

    private readonly Lazy<SKTypeface> typeface;
    private readonly Lazy<IntPtr> subsetSource;
    private readonly ConcurrentDictionary<int, float> units = new();

    private PdfFace(string name, string path)
    {
        Name = name;
        typeface = new(() => SKTypeface.FromFile(Installed(path)) ?? throw new InvalidOperationException($"Skia could not read the font {path}."));
        subsetSource = new(() => HarfBuzzSubsetter.Open(Installed(path)));
    }

    /// <summary>The face's name, as the PDF's font dictionaries carry it.</summary>
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
    internal SKTypeface Subset(IEnumerable<int> codePoints)
    {
        using var data = SKData.CreateCopy(HarfBuzzSubsetter.Subset(subsetSource.Value, codePoints));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the subset of {Name}.");
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static string Installed(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"The font {path} is not installed: install the Debian packages fonts-nanum, fonts-ipaexfont-gothic and fonts-ipaexfont-mincho.", path);
}

/// <summary>
/// A face at a size, emboldened where the face has no bold of its own. Measuring uses the whole face with exact
/// (unhinted) advances, so what <see cref="TextWrapping"/> measures is where the subset's glyphs are drawn.
/// </summary>
public sealed class PdfFont
{
    private readonly float scale;

    /// <summary>A font of <paramref name="face"/> at <paramref name="size"/> points, emboldened by Skia when <paramref name="embolden"/>.</summary>
    public PdfFont(PdfFace face, float size, bool embolden)
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

    /// <summary>The face the font draws with.</summary>
    public PdfFace Face { get; }

    /// <summary>The size in points.</summary>
    public float Size { get; }

    /// <summary>Whether Skia emboldens the outlines (for faces without a bold of their own).</summary>
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

/// <summary>
/// The faces a document in one language is set in: a gothic for tables and small print, a serif (명조, 明朝) for titles
/// and statements, each with its bold. Nanum writes Korean and English; Japanese needs IPAex, which has no bold, so
/// <see cref="EmboldenBold"/> tells the style to let Skia embolden the regular faces, as a typesetter without a bold
/// would.
/// </summary>
public sealed record PdfFaceSet(PdfFace Gothic, PdfFace GothicBold, PdfFace Serif, PdfFace SerifBold, bool EmboldenBold)
{
    private static readonly PdfFaceSet Nanum = new(PdfFace.NanumGothic, PdfFace.NanumGothicBold, PdfFace.NanumMyeongjo, PdfFace.NanumMyeongjoBold, false);
    private static readonly PdfFaceSet Ipaex = new(PdfFace.IpaexGothic, PdfFace.IpaexGothic, PdfFace.IpaexMincho, PdfFace.IpaexMincho, true);

    /// <summary>The faces for documents in <paramref name="language"/> (a BCP 47 tag).</summary>
    public static PdfFaceSet For(string language) =>
        language.Equals("ja", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase) ? Ipaex : Nanum;
}
