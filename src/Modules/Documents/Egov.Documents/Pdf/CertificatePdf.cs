using Egov.Documents.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Egov.Documents.Pdf;

/// <summary>
/// Lays a certificate out on A4 as an official Korean civil form: the title large and centred, the header block, one
/// bordered table per section (column titles shaded, repeated on a new page), the attestation, the date, the issuer
/// with its seal, and the QR code bottom left with how to verify next to it. The document is returned unsigned, for
/// <see cref="PadesSigner"/>.
/// </summary>
internal static class CertificatePdf
{
    /// <summary>The document-information key holding the document number, so a verifier finds it in an uploaded file.</summary>
    public const string DocumentNumberKey = "/EgovDocumentNumber";

    private const double QrSize = 120;
    private const double SealSize = 52;

    public static PdfDocument Render(CertificateContent content, string documentNumber, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentNumber);
        CertificateFontResolver.EnsureRegistered();

        var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Author = content.Issuer;
        document.Info.Creator = "Enjoy e-Gov";
        document.Info.CreationDate = issuedAt.UtcDateTime;
        document.Info.Elements.SetString(DocumentNumberKey, documentNumber);
        document.Language = content.Language;

        // Fastest deflate: most of what is compressed is the font subsets, whose glyph location and metrics tables
        // keep an entry for each of the ~20,000 glyphs of a CJK face (~180 KB a face, four faces a certificate);
        // the default level spent more time on them than the whole layout for ~12 % smaller files.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        var style = CertificateStyle.For(content.Language);
        using (var pages = new CertificatePages(document, style))
        {
            pages.NewPage();
            WriteTitle(pages, style, content.Title);
            CertificateTables.WriteHeader(pages, style, content.Header);
            foreach (var section in content.Sections)
            {
                CertificateTables.WriteSection(pages, style, section);
            }

            WriteClosing(pages, style, content);
            pages.WriteFooters(documentNumber);
        }

        return document;
    }

    private static void WriteTitle(CertificatePages pages, CertificateStyle style, string title)
    {
        var gfx = pages.Gfx;
        var lines = TextWrapping.Wrap(gfx, title, style.Title, CertificateStyle.Width);
        var lineHeight = style.Title.GetHeight();
        pages.Y += 6;
        foreach (var line in lines)
        {
            gfx.DrawString(line, style.Title, CertificateStyle.InkBrush, CertificateStyle.PageWidth / 2, pages.Y, XStringFormats.TopCenter);
            pages.Y += lineHeight;
        }

        pages.Y += 10;
        gfx.DrawLine(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        gfx.DrawLine(CertificateStyle.Rule, CertificateStyle.Left, pages.Y + 2.5, CertificateStyle.Right, pages.Y + 2.5);
        pages.Y += 16;
    }

    /// <summary>Attestation, date, issuer and seal, then QR and verify note: kept together on the last page.</summary>
    private static void WriteClosing(CertificatePages pages, CertificateStyle style, CertificateContent content)
    {
        var gfx = pages.Gfx;
        var statement = TextWrapping.Wrap(gfx, content.Attestation, style.Statement, CertificateStyle.Width - 40);
        var statementHeight = statement.Count * style.Statement.GetHeight() * 1.25;
        var needed = 16 + statementHeight + 18 + style.Statement.GetHeight() + 20 + SealSize + 16 + QrSize;
        if (pages.EnsureSpace(needed))
        {
            gfx = pages.Gfx;
        }

        pages.Y += 16;
        foreach (var line in statement)
        {
            gfx.DrawString(line, style.Statement, CertificateStyle.InkBrush, CertificateStyle.PageWidth / 2, pages.Y, XStringFormats.TopCenter);
            pages.Y += style.Statement.GetHeight() * 1.25;
        }

        pages.Y += 18;
        gfx.DrawString(content.IssuedOn, style.Statement, CertificateStyle.InkBrush, CertificateStyle.PageWidth / 2, pages.Y, XStringFormats.TopCenter);
        pages.Y += style.Statement.GetHeight() + 20;
        WriteIssuer(gfx, style, content.Issuer, pages.Y);

        // The QR code sits at the foot of the last page, where readers of Korean certificates look for it.
        var qrTop = CertificateStyle.Bottom - QrSize;
        QrCodeDrawing.Draw(gfx, content.QrPayload, CertificateStyle.Left, qrTop, QrSize);
        var noteLeft = CertificateStyle.Left + QrSize + 12;
        var noteLines = TextWrapping.Wrap(gfx, content.VerifyNote, style.Cell, CertificateStyle.Right - noteLeft);
        var noteHeight = noteLines.Count * style.Cell.GetHeight() * 1.3;
        var y = qrTop + ((QrSize - noteHeight) / 2);
        gfx.DrawLine(CertificateStyle.Rule, noteLeft - 6, qrTop + 8, noteLeft - 6, qrTop + QrSize - 8);
        foreach (var line in noteLines)
        {
            gfx.DrawString(line, style.Cell, CertificateStyle.InkBrush, noteLeft, y, XStringFormats.TopLeft);
            y += style.Cell.GetHeight() * 1.3;
        }

        pages.Y = CertificateStyle.Bottom;
    }

    /// <summary>The issuer's name centred, its seal (the name again, in red, in a double square) right after it.</summary>
    private static void WriteIssuer(XGraphics gfx, CertificateStyle style, string issuer, double top)
    {
        const double gap = 8;
        var width = TextWrapping.Measure(gfx, issuer, style.Issuer);
        var left = (CertificateStyle.PageWidth - width - gap - SealSize) / 2;
        gfx.DrawString(issuer, style.Issuer, CertificateStyle.InkBrush, left, top + ((SealSize - style.Issuer.GetHeight()) / 2), XStringFormats.TopLeft);

        var sealLeft = left + width + gap;
        gfx.DrawRectangle(new XPen(CertificateStyle.SealRed, 1.8), sealLeft, top, SealSize, SealSize);
        gfx.DrawRectangle(new XPen(CertificateStyle.SealRed, 0.6), sealLeft + 3, top + 3, SealSize - 6, SealSize - 6);
        var brush = new XSolidBrush(CertificateStyle.SealRed);
        var (font, lines) = SealLettering(gfx, style, issuer, SealSize - 10);
        var lineHeight = font.GetHeight();
        var y = top + ((SealSize - (lines.Count * lineHeight)) / 2);
        foreach (var line in lines)
        {
            gfx.DrawString(line, font, brush, sealLeft + (SealSize / 2), y, XStringFormats.TopCenter);
            y += lineHeight;
        }
    }

    /// <summary>The largest lettering (down to 5 pt) at which the issuer's name fills the seal's square.</summary>
    private static (XFont Font, IReadOnlyList<string> Lines) SealLettering(XGraphics gfx, CertificateStyle style, string issuer, double inner)
    {
        for (var size = 12.0; ; size -= 0.5)
        {
            var font = style.SealFont(size);
            var lines = TextWrapping.Wrap(gfx, issuer, font, inner);
            if (size <= 5 || lines.Count * font.GetHeight() <= inner)
            {
                return (font, lines);
            }
        }
    }
}
