using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Egov.Documents.Pdf;

/// <summary>
/// The look of a certificate page: A4, the type faces and sizes, rules and shading of a Korean civil form. The faces
/// follow the document's language: a gothic for tables and small print, a serif (명조, 明朝) for title, statement
/// and issuer.
/// </summary>
internal sealed class CertificateStyle(string language)
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

    public XFont Title { get; } = Font(Serif(language), 22, bold: true);

    public XFont Heading { get; } = Font(Gothic(language), 10.5, bold: true);

    public XFont Label { get; } = Font(Gothic(language), 9, bold: true);

    public XFont Cell { get; } = Font(Gothic(language), 9, bold: false);

    public XFont Statement { get; } = Font(Serif(language), 11.5, bold: false);

    public XFont Issuer { get; } = Font(Serif(language), 17, bold: true);

    public XFont SealFont(double size) => Font(Serif(language), size, bold: true);

    public XFont Small { get; } = Font(Gothic(language), 7.5, bold: false);

    private static string Gothic(string language) => IsJapanese(language) ? CertificateFontResolver.IpaexGothic : CertificateFontResolver.NanumGothic;

    private static string Serif(string language) => IsJapanese(language) ? CertificateFontResolver.IpaexMincho : CertificateFontResolver.NanumMyeongjo;

    private static bool IsJapanese(string language) => language.Equals("ja", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);

    private static XFont Font(string family, double size, bool bold) =>
        new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
