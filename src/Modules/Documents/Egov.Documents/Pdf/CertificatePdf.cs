using Egov.Documents.Rendering;
using Egov.Platform.Pdf;

namespace Egov.Documents.Pdf;

/// <summary>
/// Lays a certificate out on A4 as an official Korean civil form: the title large and centred, the header block, one
/// bordered table per section (column titles shaded, repeated on a new page), the attestation, the date, the issuer
/// with its seal, and the QR code bottom left with how to verify next to it. Skia writes the pages; the document is
/// returned unsigned, for <see cref="PadesSigner"/>.
/// </summary>
internal static class CertificatePdf
{
    private const float QrSize = 120;
    private const float SealSize = 52;

    public static UnsignedPdf Render(CertificateContent content, string documentNumber, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentNumber);

        var style = CertificateStyle.For(content.Language);
        var pages = CertificatePages.Create();
        pages.NewPage();
        WriteTitle(pages, style, content.Title);
        CertificateTables.WriteHeader(pages, style, content.Header);
        foreach (var section in content.Sections)
        {
            CertificateTables.WriteSection(pages, style, section);
        }

        var qrCode = WriteClosing(pages, style, content);
        CertificatePages.WriteFooters(pages, style, documentNumber);

        var information = new PdfInformation(content.Title, content.Issuer, content.Language, documentNumber, issuedAt);
        return new UnsignedPdf(pages.WritePdf(), pages.Count, information, qrCode);
    }

    private static void WriteTitle(PdfPages pages, CertificateStyle style, string title)
    {
        var lines = TextWrapping.Wrap(title, style.Title, CertificateStyle.Width);
        pages.Y += 6;
        foreach (var line in lines)
        {
            pages.Text(line, style.Title, CertificateStyle.Ink, CertificateStyle.PageWidth / 2, pages.Y, TextAnchor.Centre);
            pages.Y += style.Title.Height;
        }

        pages.Y += 10;
        pages.Line(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        pages.Line(CertificateStyle.Rule, CertificateStyle.Left, pages.Y + 2.5f, CertificateStyle.Right, pages.Y + 2.5f);
        pages.Y += 16;
    }

    /// <summary>
    /// Attestation, date, issuer and seal, then QR and verify note: kept together on the last page. The QR code is
    /// returned as the operators that draw it, for the last page (<see cref="QrCodeDrawing"/>).
    /// </summary>
    private static byte[] WriteClosing(PdfPages pages, CertificateStyle style, CertificateContent content)
    {
        var statement = TextWrapping.Wrap(content.Attestation, style.Statement, CertificateStyle.Width - 40);
        var statementHeight = statement.Count * style.Statement.Height * 1.25f;
        pages.EnsureSpace(16 + statementHeight + 18 + style.Statement.Height + 20 + SealSize + 16 + QrSize);

        pages.Y += 16;
        foreach (var line in statement)
        {
            pages.Text(line, style.Statement, CertificateStyle.Ink, CertificateStyle.PageWidth / 2, pages.Y, TextAnchor.Centre);
            pages.Y += style.Statement.Height * 1.25f;
        }

        pages.Y += 18;
        pages.Text(content.IssuedOn, style.Statement, CertificateStyle.Ink, CertificateStyle.PageWidth / 2, pages.Y, TextAnchor.Centre);
        pages.Y += style.Statement.Height + 20;
        PdfSeal.WriteSignedName(pages, content.Issuer, style.Issuer, style.SealFont, CertificateStyle.Ink, CertificateStyle.PageWidth / 2, pages.Y, SealSize);

        // The QR code sits at the foot of the last page, where readers of Korean certificates look for it.
        var qrTop = CertificateStyle.Bottom - QrSize;
        var qrCode = QrCodeDrawing.Operators(content.QrPayload, CertificateStyle.Left, qrTop, QrSize);
        var noteLeft = CertificateStyle.Left + QrSize + 12;
        var noteLines = TextWrapping.Wrap(content.VerifyNote, style.Cell, CertificateStyle.Right - noteLeft);
        var noteHeight = noteLines.Count * style.Cell.Height * 1.3f;
        var y = qrTop + ((QrSize - noteHeight) / 2);
        pages.Line(CertificateStyle.Rule, noteLeft - 6, qrTop + 8, noteLeft - 6, qrTop + QrSize - 8);
        foreach (var line in noteLines)
        {
            pages.Text(line, style.Cell, CertificateStyle.Ink, noteLeft, y);
            y += style.Cell.Height * 1.3f;
        }

        pages.Y = CertificateStyle.Bottom;
        return qrCode;
    }
}
