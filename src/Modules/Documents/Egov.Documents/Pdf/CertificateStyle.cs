using System.Collections.Concurrent;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>
/// The look of a certificate page: A4, the type faces and sizes, rules and shading of a Korean civil form. The faces
/// follow the document's language: a gothic for tables and small print, a serif (명조, 明朝) for title, statement
/// and issuer. One style per language serves every document (<see cref="For"/>): its fonts, and the character widths
/// they keep, are made once per process instead of once per certificate.
/// </summary>
internal sealed class CertificateStyle
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 50;
    public const float Left = Margin;
    public const float Right = PageWidth - Margin;
    public const float Width = Right - Left;
    public const float Top = Margin + 8;

    /// <summary>Where content stops; below it the footer (document number, page x / y).</summary>
    public const float Bottom = PageHeight - Margin - 18;

    public const float CellPadding = 4;

    public static readonly SKColor Ink = new(20, 20, 20);
    public static readonly SKColor Shade = new(236, 239, 243);
    public static readonly SKColor SealRed = new(200, 30, 30);
    public static readonly SKColor Grey = new(90, 90, 90);
    public static readonly Stroke Rule = new(Ink, 0.6f);
    public static readonly Stroke HeavyRule = new(Ink, 1.4f);

    private static readonly ConcurrentDictionary<string, CertificateStyle> Styles = new(StringComparer.OrdinalIgnoreCase);

    private readonly CertificateFace serifBold;
    private readonly bool emboldenSerif;
    private readonly ConcurrentDictionary<float, CertificateFont> sealFonts = new();

    private CertificateStyle(string language)
    {
        // IPAex has no bold faces: Skia emboldens the regular ones, as a typesetter without a bold would.
        var japanese = IsJapanese(language);
        var gothic = japanese ? CertificateFace.IpaexGothic : CertificateFace.NanumGothic;
        var gothicBold = japanese ? CertificateFace.IpaexGothic : CertificateFace.NanumGothicBold;
        var serif = japanese ? CertificateFace.IpaexMincho : CertificateFace.NanumMyeongjo;
        serifBold = japanese ? CertificateFace.IpaexMincho : CertificateFace.NanumMyeongjoBold;
        emboldenSerif = japanese;
        Title = new(serifBold, 22, japanese);
        Heading = new(gothicBold, 10.5f, japanese);
        Label = new(gothicBold, 9, japanese);
        Cell = new(gothic, 9, false);
        Statement = new(serif, 11.5f, false);
        Issuer = new(serifBold, 17, japanese);
        Small = new(gothic, 7.5f, false);
    }

    public CertificateFont Title { get; }

    public CertificateFont Heading { get; }

    public CertificateFont Label { get; }

    public CertificateFont Cell { get; }

    public CertificateFont Statement { get; }

    public CertificateFont Issuer { get; }

    public CertificateFont Small { get; }

    /// <summary>The style of documents in <paramref name="language"/>.</summary>
    public static CertificateStyle For(string language) => Styles.GetOrAdd(language, l => new CertificateStyle(l));

    public CertificateFont SealFont(float size) => sealFonts.GetOrAdd(size, s => new CertificateFont(serifBold, s, emboldenSerif));

    private static bool IsJapanese(string language) => language.Equals("ja", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A line's colour and width.</summary>
internal sealed record Stroke(SKColor Color, float Width);
