using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Egov.Documents.Pdf;

/// <summary>
/// Gives PDFsharp the TrueType fonts of certificates: on Linux PDFsharp finds no fonts by itself, and Noto CJK ships
/// as collections (.ttc) it cannot read. Nanum (Debian fonts-nanum) writes Hangul, Latin, kana and the traditional
/// hanja, but not the kanji Japan simplified (写, 発, 続…), so Japanese documents use IPAex (fonts-ipaexfont-gothic,
/// fonts-ipaexfont-mincho). Fonts are embedded in the PDF as subsets, so readers need none installed.
/// </summary>
internal sealed class CertificateFontResolver : IFontResolver
{
    public const string NanumGothic = "NanumGothic";
    public const string NanumMyeongjo = "NanumMyeongjo";
    public const string IpaexGothic = "IPAexGothic";
    public const string IpaexMincho = "IPAexMincho";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        [NanumGothic] = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
        [NanumGothic + "Bold"] = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
        [NanumMyeongjo] = "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf",
        [NanumMyeongjo + "Bold"] = "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf",
        [IpaexGothic] = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
        [IpaexMincho] = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
    };

    private static readonly Lock Gate = new();

    private readonly ConcurrentDictionary<string, byte[]> fonts = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes the resolver PDFsharp's, once per process: PDFsharp allows its font resolver to be set only once, and
    /// caches whatever fonts it resolved.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (GlobalFontSettings.FontResolver is CertificateFontResolver)
        {
            return;
        }

        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CertificateFontResolver)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other)
            {
                throw new InvalidOperationException($"PDFsharp already uses the font resolver {other.GetType().Name}; certificates need {nameof(CertificateFontResolver)}.");
            }

            GlobalFontSettings.FontResolver = new CertificateFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var family = Files.ContainsKey(familyName) ? familyName : NanumGothic;
        // Nanum has bold faces; IPAex has none, and no face has italics: PDFsharp simulates what is missing.
        return isBold && Files.ContainsKey(family + "Bold")
            ? new FontResolverInfo(family + "Bold", false, isItalic)
            : new FontResolverInfo(family, isBold, isItalic);
    }

    public byte[]? GetFont(string faceName) => fonts.GetOrAdd(faceName, Read);

    private static byte[] Read(string faceName)
    {
        var path = Files[faceName];
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The font {path} is not installed: install the Debian packages fonts-nanum, fonts-ipaexfont-gothic and fonts-ipaexfont-mincho.", path);
    }
}
