namespace Egov.Documents.Pdf;

/// <summary>What the document information says of a certificate, and in which language it is written.</summary>
internal sealed record PdfInformation(string Title, string Author, string Language, string DocumentNumber, DateTimeOffset CreatedAt);

/// <summary>
/// A rendered certificate: the pages as Skia wrote them, and what <see cref="PdfUpdate"/> adds to them (the QR code
/// on the last page, the document information with the document number, the language and, when signed, the
/// signature). Unsigned it is <see cref="ToPdf()"/>; <see cref="PadesSigner"/> signs it.
/// </summary>
internal sealed class CertificateDocument(byte[] pages, int pageCount, PdfInformation information, byte[] qrCode)
{
    public int PageCount => pageCount;

    public PdfInformation Information => information;

    /// <summary>The certificate as an unsigned PDF.</summary>
    public byte[] ToPdf() => PdfUpdate.Write(pages, information, qrCode, signature: null);

    /// <summary>The certificate with an empty signature field of <paramref name="signature"/>'s size, to be filled.</summary>
    public byte[] ToPdf(PdfSignaturePlaceholder signature) => PdfUpdate.Write(pages, information, qrCode, signature);
}
