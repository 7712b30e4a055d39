using System.Collections.Concurrent;
using Egov.Platform.Pdf;
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
    public const float PageWidth = PdfLook.A4Width;
    public const float PageHeight = PdfLook.A4Height;
    public const float Margin = 50;
    public const float Left = Margin;
    public const float Right = PageWidth - Margin;
    public const float Width = Right - Left;
    public const float Top = Margin + 8;

    /// <summary>Where content stops; below it the footer (document number, page x / y).</summary>
    public const float Bottom = PageHeight - Margin - 18;

    public const float CellPadding = 4;

    public static readonly SKColor Ink = PdfLook.Ink;
    public static readonly SKColor Shade = PdfLook.Shade;
    public static readonly SKColor Grey = PdfLook.Grey;
    public static readonly Stroke Rule = PdfLook.Rule;
    public static readonly Stroke HeavyRule = PdfLook.HeavyRule;

    private static readonly ConcurrentDictionary<string, CertificateStyle> Styles = new(StringComparer.OrdinalIgnoreCase);

    private readonly PdfFace serifBold;
    private readonly bool emboldenSerif;
    private readonly ConcurrentDictionary<float, PdfFont> sealFonts = new();

    private CertificateStyle(string language)
    {
        var faces = PdfFaceSet.For(language);
        var embolden = faces.EmboldenBold;
        serifBold = faces.SerifBold;
        emboldenSerif = embolden;
        Title = new(serifBold, 22, embolden);
        Heading = new(faces.GothicBold, 10.5f, embolden);
        Label = new(faces.GothicBold, 9, embolden);
        Cell = new(faces.Gothic, 9, false);
        Statement = new(faces.Serif, 11.5f, false);
        Issuer = new(serifBold, 17, embolden);
        Small = new(faces.Gothic, 7.5f, false);
    }

    public PdfFont Title { get; }

    public PdfFont Heading { get; }

    public PdfFont Label { get; }

    public PdfFont Cell { get; }

    public PdfFont Statement { get; }

    public PdfFont Issuer { get; }

    public PdfFont Small { get; }

    /// <summary>The style of documents in <paramref name="language"/>.</summary>
    public static CertificateStyle For(string language) => Styles.GetOrAdd(language, l => new CertificateStyle(l));

    public PdfFont SealFont(float size) => sealFonts.GetOrAdd(size, s => new PdfFont(serifBold, s, emboldenSerif));
}
