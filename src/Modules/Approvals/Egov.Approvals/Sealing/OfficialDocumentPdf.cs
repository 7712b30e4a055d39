using System.Globalization;
using System.Text.RegularExpressions;
using Egov.Platform.Packs;
using Egov.Platform.Pdf;
using S = Egov.Approvals.Sealing.OfficialDocumentStyle;

namespace Egov.Approvals.Sealing;

/// <summary>
/// Lays an approved document out on A4 in the standard draft form of Korean administration (기안문, 행정업무규정
/// 시행규칙 별지 제1호 서식), whose words and writing come from the pack: the agency's name large and centred, the
/// addressees (수신, (경유), 제목) over a rule, the body with its dates and amounts written by the pack's rules, the
/// attachments (붙임) and the end mark (끝.), the sender with the seal, the approval block and the footer
/// (<see cref="OfficialDocumentClosing"/>). Skia writes the pages; the document is returned unsigned, for
/// <see cref="PadesSigner"/>.
/// </summary>
internal static partial class OfficialDocumentPdf
{
    private const float LabelWidth = 58;

    public static UnsignedPdf Render(OfficialDocument document, OfficialWriting writing, string language, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writing);
        var style = S.For(language);
        var words = new DocumentWords(writing, language);
        var pages = new PdfPages(PdfLook.A4Width, PdfLook.A4Height, S.Top, S.Bottom);
        pages.NewPage();

        WriteHeading(pages, style, document.AgencyName);
        WriteAddressees(pages, style, words, document);
        var last = WriteBody(pages, style, words, document);
        WriteEndMark(pages, style, words, last);
        OfficialDocumentClosing.Write(pages, style, words, document);
        WritePageNumbers(pages, style);

        var information = new PdfInformation(document.Title, document.AgencyName, language, document.DocumentNumber, createdAt);
        return new UnsignedPdf(pages.WritePdf(), pages.Count, information, []);
    }

    private static void WriteHeading(PdfPages pages, S style, string agency)
    {
        pages.Y += 8;
        foreach (var line in TextWrapping.Wrap(agency, style.Heading, S.Width))
        {
            pages.Text(line, style.Heading, PdfLook.Ink, PdfLook.A4Width / 2, pages.Y, TextAnchor.Centre);
            pages.Y += style.Heading.Height;
        }

        pages.Y += 22;
    }

    /// <summary>수신, (경유), 참조 and 제목, a label and its value a row, then the rule that closes the heading.</summary>
    private static void WriteAddressees(PdfPages pages, S style, DocumentWords words, OfficialDocument document)
    {
        var recipient = document.Recipients.Count == 1 ? document.Recipients[0] : words["recipientsBelow"];
        WriteLabelled(pages, style, words["recipient"], recipient, style.Body);
        // The form prints (경유) even when the document passes through no one: a reader sees that it does not.
        WriteLabelled(pages, style, words["via"], document.Via ?? string.Empty, style.Body);
        if (document.Copies.Count > 0)
        {
            WriteLabelled(pages, style, words["copies"], string.Join(", ", document.Copies), style.Body);
        }

        WriteLabelled(pages, style, words["subject"], document.Title, style.Title);
        pages.Y += 4;
        pages.Line(PdfLook.HeavyRule, S.Left, pages.Y, S.Right, pages.Y);
        pages.Y += 16;
    }

    private static void WriteLabelled(PdfPages pages, S style, string label, string value, PdfFont font)
    {
        var lines = TextWrapping.Wrap(value, font, S.Width - LabelWidth);
        pages.EnsureSpace(Math.Max(1, lines.Count) * font.Height * 1.4f);
        pages.Text(label, style.Label, PdfLook.Ink, S.Left, pages.Y + (font.Ascent - style.Label.Ascent));
        foreach (var line in lines.DefaultIfEmpty(string.Empty))
        {
            pages.Text(line, font, PdfLook.Ink, S.Left + LabelWidth, pages.Y);
            pages.Y += font.Height * 1.4f;
        }
    }

    /// <summary>The paragraphs, then the attachments; returns where the last line ends, for the end mark.</summary>
    private static (float X, float Top) WriteBody(PdfPages pages, S style, DocumentWords words, OfficialDocument document)
    {
        var end = (X: S.Left, Top: pages.Y);
        foreach (var paragraph in document.Paragraphs)
        {
            end = WriteHanging(pages, style.Body, S.Left, words.Writing.Render(paragraph));
            pages.Y += style.Body.Height * 0.5f;
        }

        if (document.Attachments.Count == 0)
        {
            return end;
        }

        pages.Y += style.Body.Height * 0.5f;
        pages.EnsureSpace(style.Body.Height * 1.6f);
        pages.Text(words["attachments"], style.Body, PdfLook.Ink, S.Left, pages.Y);
        var left = S.Left + TextWrapping.Measure(words["attachments"] + "  ", style.Body);
        for (var i = 0; i < document.Attachments.Count; i++)
        {
            var item = document.Attachments.Count == 1
                ? document.Attachments[i]
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {document.Attachments[i]}");
            end = WriteHanging(pages, style.Body, left, item);
        }

        return end;
    }

    /// <summary>
    /// A paragraph whose leading marker (1., 가., (1)) hangs: its further lines start under the text, not the marker.
    /// Each two leading spaces indent it by one character, as drafters set sub-items (가. under 1.).
    /// </summary>
    private static (float X, float Top) WriteHanging(PdfPages pages, PdfFont font, float left, string paragraph)
    {
        var trimmed = paragraph.TrimStart(' ');
        left += (paragraph.Length - trimmed.Length) / 2 * font.Size;
        paragraph = trimmed;
        var marker = Marker().Match(paragraph);
        var indent = marker.Success ? TextWrapping.Measure(marker.Value, font) : 0;
        var lines = TextWrapping.Wrap(paragraph[marker.Length..], font, S.Right - left - indent);
        var lineHeight = font.Height * 1.6f;
        var end = (X: left, Top: pages.Y);
        for (var i = 0; i < lines.Count; i++)
        {
            pages.EnsureSpace(lineHeight);
            if (i == 0 && marker.Success)
            {
                pages.Text(marker.Value.TrimEnd(), font, PdfLook.Ink, left, pages.Y);
            }

            pages.Text(lines[i], font, PdfLook.Ink, left + indent, pages.Y);
            end = (left + indent + TextWrapping.Measure(lines[i], font), pages.Y);
            pages.Y += lineHeight;
        }

        return end;
    }

    /// <summary>끝. two spaces after the last line when it fits there, else alone on the next line.</summary>
    private static void WriteEndMark(PdfPages pages, S style, DocumentWords words, (float X, float Top) last)
    {
        var mark = words["end"];
        var gap = TextWrapping.Measure("  ", style.Body);
        if (last.X + gap + TextWrapping.Measure(mark, style.Body) <= S.Right && last.Top < pages.Y)
        {
            pages.Text(mark, style.Body, PdfLook.Ink, last.X + gap, last.Top);
            return;
        }

        pages.EnsureSpace(style.Body.Height * 1.6f);
        pages.Text(mark, style.Body, PdfLook.Ink, S.Left, pages.Y);
        pages.Y += style.Body.Height * 1.6f;
    }

    private static void WritePageNumbers(PdfPages pages, S style)
    {
        var count = pages.Count;
        for (var i = 0; count > 1 && i < count; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1} / {count}");
            pages.OnPage(i, () => pages.Text(number, style.Footer, PdfLook.Grey, PdfLook.A4Width / 2, PdfLook.A4Height - 34, TextAnchor.Centre));
        }
    }

    /// <summary>A numbering marker and the space after it: 1. 가. (1) 1) a.</summary>
    [GeneratedRegex(@"^(?:\(\w{1,3}\)|\w{1,3}[.)])\s+")]
    private static partial Regex Marker();
}

/// <summary>The layout's words in the document's language, and the rules that write its dates and amounts.</summary>
internal sealed class DocumentWords(OfficialWriting writing, string language)
{
    public OfficialWriting Writing => writing;

    public string Language => language;

    public string this[string key] => writing.Label(key, language);
}
