using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Egov.Documents.Pdf;

/// <summary>
/// The pages of one certificate as they fill: the current page's graphics and how far down it is written. Content
/// that does not fit what is left of a page goes to a new one; the footers are written last, when the page count is
/// known.
/// </summary>
internal sealed class CertificatePages(PdfDocument document, CertificateStyle style) : IDisposable
{
    private readonly List<XGraphics> pages = [];

    public XGraphics Gfx => pages[^1];

    public double Y { get; set; }

    public double Remaining => CertificateStyle.Bottom - Y;

    public void NewPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(CertificateStyle.PageWidth);
        page.Height = XUnit.FromPoint(CertificateStyle.PageHeight);
        var gfx = XGraphics.FromPdfPage(page);
        pages.Add(gfx);
        // A double frame, as printed civil forms have: a copy cut from its margins shows.
        gfx.DrawRectangle(CertificateStyle.HeavyRule, CertificateStyle.Margin - 14, CertificateStyle.Margin - 14,
            CertificateStyle.Width + 28, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 28);
        gfx.DrawRectangle(CertificateStyle.Rule, CertificateStyle.Margin - 11, CertificateStyle.Margin - 11,
            CertificateStyle.Width + 22, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 22);
        Y = CertificateStyle.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit; true when it did.</summary>
    public bool EnsureSpace(double height)
    {
        if (height <= Remaining)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>The document number bottom left and page x / y bottom right of every page, so a loose page is traced.</summary>
    public void WriteFooters(string documentNumber)
    {
        var y = CertificateStyle.PageHeight - CertificateStyle.Margin - 8;
        for (var i = 0; i < pages.Count; i++)
        {
            var gfx = pages[i];
            gfx.DrawLine(CertificateStyle.Rule, CertificateStyle.Left, y - 4, CertificateStyle.Right, y - 4);
            gfx.DrawString(documentNumber, style.Small, CertificateStyle.GreyBrush, CertificateStyle.Left, y, XStringFormats.TopLeft);
            var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} / {pages.Count}");
            gfx.DrawString(number, style.Small, CertificateStyle.GreyBrush, CertificateStyle.Right, y, XStringFormats.TopRight);
        }
    }

    public void Dispose()
    {
        foreach (var gfx in pages)
        {
            gfx.Dispose();
        }
    }
}
