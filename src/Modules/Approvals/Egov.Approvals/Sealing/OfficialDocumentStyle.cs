using System.Collections.Concurrent;
using Egov.Platform.Pdf;

namespace Egov.Approvals.Sealing;

/// <summary>
/// The look of an official document: A4 (<see cref="PdfLook"/>) with the margins of the standard draft form (기안문), the agency's name as a
/// large serif heading, the body in a serif at a reading size with generous leading, the approval block and footer
/// in a small gothic. The faces follow the document's language (<see cref="PdfFaceSet"/>); one style per language
/// serves every document, so its fonts and their character widths are made once per process.
/// </summary>
internal sealed class OfficialDocumentStyle
{
    public const float Left = 56;
    public const float Right = PdfLook.A4Width - Left;
    public const float Width = Right - Left;
    public const float Top = 50;

    /// <summary>Where content stops; below it the page number of a document longer than a page.</summary>
    public const float Bottom = PdfLook.A4Height - 46;

    private static readonly ConcurrentDictionary<string, OfficialDocumentStyle> Styles = new(StringComparer.OrdinalIgnoreCase);

    private readonly PdfFaceSet faces;
    private readonly ConcurrentDictionary<float, PdfFont> sealFonts = new();

    private OfficialDocumentStyle(string language)
    {
        faces = PdfFaceSet.For(language);
        var bold = faces.EmboldenBold;
        Heading = new(faces.SerifBold, 21, bold);
        Label = new(faces.GothicBold, 11, bold);
        Title = new(faces.SerifBold, 12.5f, bold);
        Body = new(faces.Serif, 12, false);
        Sender = new(faces.SerifBold, 19, bold);
        BlockLabel = new(faces.GothicBold, 8.5f, bold);
        Block = new(faces.Gothic, 8.5f, false);
        Footer = new(faces.Gothic, 8.5f, false);
    }

    public PdfFont Heading { get; }

    public PdfFont Label { get; }

    public PdfFont Title { get; }

    public PdfFont Body { get; }

    public PdfFont Sender { get; }

    public PdfFont BlockLabel { get; }

    public PdfFont Block { get; }

    public PdfFont Footer { get; }

    public static OfficialDocumentStyle For(string language) => Styles.GetOrAdd(language, l => new OfficialDocumentStyle(l));

    /// <summary>The seal's lettering at <paramref name="size"/>: the heading's face.</summary>
    public PdfFont SealFont(float size) => sealFonts.GetOrAdd(size, s => new PdfFont(faces.SerifBold, s, faces.EmboldenBold));
}
