namespace Egov.Platform.Pdf;

/// <summary>What a PDF's document information says of it, and in which language it is written.</summary>
/// <param name="Title">The document's title (/Title).</param>
/// <param name="Author">Who issues it (/Author): the issuing agency.</param>
/// <param name="Language">The document's language, a BCP 47 tag (/Lang of the catalogue).</param>
/// <param name="DocumentNumber">The document's number (<see cref="DocumentNumberKey"/>), which a verifier reads from an uploaded file.</param>
/// <param name="CreatedAt">When it was made (/CreationDate).</param>
public sealed record PdfInformation(string Title, string Author, string Language, string DocumentNumber, DateTimeOffset CreatedAt)
{
    /// <summary>The document-information key holding the document number, so a verifier finds it in an uploaded file.</summary>
    public const string DocumentNumberKey = "/EgovDocumentNumber";
}

/// <summary>
/// A rendered document: the pages as Skia wrote them (<see cref="PdfPages.WritePdf"/>), and what
/// <see cref="PdfUpdate"/> adds to them (a drawing under the last page, such as a QR code, the document information
/// with the document number, the language and, when signed, the signature). Unsigned it is <see cref="ToPdf()"/>;
/// <see cref="PadesSigner"/> signs it.
/// </summary>
/// <param name="pages">The PDF Skia wrote.</param>
/// <param name="pageCount">How many pages it has.</param>
/// <param name="information">The document information to add.</param>
/// <param name="lastPageDrawing">PDF operators (Skia's coordinates) drawn under the last page; empty for none.</param>
public sealed class UnsignedPdf(byte[] pages, int pageCount, PdfInformation information, byte[] lastPageDrawing)
{
    /// <summary>How many pages the document has.</summary>
    public int PageCount => pageCount;

    /// <summary>The document information the PDF carries.</summary>
    public PdfInformation Information => information;

    /// <summary>The document as an unsigned PDF.</summary>
    public byte[] ToPdf() => PdfUpdate.Write(pages, information, lastPageDrawing, signature: null);

    /// <summary>The document with an empty signature field of <paramref name="signature"/>'s size, to be filled.</summary>
    internal byte[] ToPdf(PdfSignaturePlaceholder signature) => PdfUpdate.Write(pages, information, lastPageDrawing, signature);
}
