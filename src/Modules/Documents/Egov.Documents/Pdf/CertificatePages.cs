using System.Globalization;
using Egov.Platform.Pdf;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>
/// The pages of a certificate: A4 in a double frame, as printed civil forms have (a copy cut from its margins
/// shows), and on every page a footer with the document number and page x / y, so a loose page is traced.
/// </summary>
internal static class CertificatePages
{
    /// <summary>Empty pages of a certificate, each framed when started; the caller starts the first.</summary>
    public static PdfPages Create() => new(
        CertificateStyle.PageWidth, CertificateStyle.PageHeight, CertificateStyle.Top, CertificateStyle.Bottom, DrawFrames);

    /// <summary>The document number bottom left and page x / y bottom right of every page, once the page count is known.</summary>
    public static void WriteFooters(PdfPages pages, CertificateStyle style, string documentNumber)
    {
        var y = CertificateStyle.PageHeight - CertificateStyle.Margin - 8;
        var count = pages.Count;
        for (var i = 0; i < count; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1} / {count}");
            pages.OnPage(i, () =>
            {
                pages.Line(CertificateStyle.Rule, CertificateStyle.Left, y - 4, CertificateStyle.Right, y - 4);
                pages.Text(documentNumber, style.Small, CertificateStyle.Grey, CertificateStyle.Left, y);
                pages.Text(number, style.Small, CertificateStyle.Grey, CertificateStyle.Right, y, TextAnchor.Right);
            });
        }
    }

    private static void DrawFrames(PdfPages pages)
    {
        pages.Frame(SKRect.Create(CertificateStyle.Margin - 14, CertificateStyle.Margin - 14, CertificateStyle.Width + 28, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 28), CertificateStyle.HeavyRule);
        pages.Frame(SKRect.Create(CertificateStyle.Margin - 11, CertificateStyle.Margin - 11, CertificateStyle.Width + 22, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 22), CertificateStyle.Rule);
    }
}
