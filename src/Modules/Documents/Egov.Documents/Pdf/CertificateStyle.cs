using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Egov.Documents.Pdf;

/// <summary>
/// The look of a certificate page: A4, the type faces and sizes, rules and shading of a Korean civil form. The faces
/// follow the document's language: a gothic for tables and small print, a serif (명조, 明朝) for title, statement
/// and issuer. One style per language serves every document (<see cref="For"/>): its fonts, and the character widths
/// <see cref="TextWrapping"/> keeps for them, are made once per process instead of once per certificate.
/// </summary>
internal sealed class CertificateStyle
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Margin = 50;
    public const double Left = Margin;
    public const double Right = PageWidth - Margin;
    public const double Width = Right - Left;
    public const double Top = Margin + 8;

    /// <summary>Where content stops; below it the footer (document number, page x / y).</summary>
    public const double Bottom = PageHeight - Margin - 18;

    public const double CellPadding = 4;

    public static readonly XColor Ink = XColor.FromArgb(20, 20, 20);
    public static readonly XColor Shade = XColor.FromArgb(236, 239, 243);
    public static readonly XColor SealRed = XColor.FromArgb(200, 30, 30);
    public static readonly XPen Rule = new(Ink, 0.6);
    public static readonly XPen HeavyRule = new(Ink, 1.4);
    public static readonly XBrush InkBrush = new XSolidBrush(Ink);
    public static readonly XBrush ShadeBrush = new XSolidBrush(Shade);
    public static readonly XBrush GreyBrush = new XSolidBrush(XColor.FromArgb(90, 90, 90));

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private static readonly ConcurrentDictionary<string, CertificateStyle> Styles = new(StringComparer.OrdinalIgnoreCase);

    private readonly string serif;
    private readonly ConcurrentDictionary<double, XFont> sealFonts = new();

    private CertificateStyle(string language)
    {
        serif = Serif(language);
        var gothic = Gothic(language);
        Title = Font(serif, 22, bold: true);
        Heading = Font(gothic, 10.5, bold: true);
        Label = Font(gothic, 9, bold: true);
        Cell = Font(gothic, 9, bold: false);
        Statement = Font(serif, 11.5, bold: false);
        Issuer = Font(serif, 17, bold: true);
        Small = Font(gothic, 7.5, bold: false);
    }

    public XFont Title { get; }

    public XFont Heading { get; }

    public XFont Label { get; }

    public XFont Cell { get; }

    public XFont Statement { get; }

    public XFont Issuer { get; }

    public XFont Small { get; }

    /// <summary>The style of documents in <paramref name="language"/>; the font resolver must be registered first.</summary>
    public static CertificateStyle For(string language) => Styles.GetOrAdd(language, l => new CertificateStyle(l));

    public XFont SealFont(double size) => sealFonts.GetOrAdd(size, s => Font(serif, s, bold: true));

    private static string Gothic(string language) => IsJapanese(language) ? CertificateFontResolver.IpaexGothic : CertificateFontResolver.NanumGothic;

    private static string Serif(string language) => IsJapanese(language) ? CertificateFontResolver.IpaexMincho : CertificateFontResolver.NanumMyeongjo;

    private static bool IsJapanese(string language) => language.Equals("ja", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);

    private static XFont Font(string family, double size, bool bold) =>
        new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
