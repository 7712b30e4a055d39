using Egov.Platform.Pdf;
using SkiaSharp;
using S = Egov.Approvals.Sealing.OfficialDocumentStyle;

namespace Egov.Approvals.Sealing;

/// <summary>
/// The close of an official document, kept together on its last page: the sender (발신명의) centred with the
/// agency's seal, the approval block (결재란: one column per signature of the line, its mark — 기안, 검토, 전결, 대결,
/// 결재 — over the post, name and date; the co-approvers, 협조, in a row beneath) and, at the foot of the page, the
/// enforcement number and date, the receipt number left open for the receiving agency, the recipients when there
/// are several, the address and the retention period.
/// </summary>
internal static class OfficialDocumentClosing
{
    private const float SealSize = 50;
    private const float MaxCell = 96;
    private const float Padding = 4;
    private const float FooterLabelWidth = 48;

    public static void Write(PdfPages pages, S style, DocumentWords words, OfficialDocument document)
    {
        var main = document.Signatures.Where(s => s.Mark != ApprovalMark.Cooperation).ToList();
        var cooperation = document.Signatures.Where(s => s.Mark == ApprovalMark.Cooperation).ToList();
        var cell = main.Count == 0 ? MaxCell : Math.Min(MaxCell, S.Width / main.Count);
        var coLine = string.Join(", ", cooperation.Select(s => $"{s.Post} {s.Name} {words.Writing.Date(s.SignedOn)}"));
        var coLines = cooperation.Count == 0 ? [] : TextWrapping.Wrap(coLine, style.Block, S.Width - cell - (2 * Padding));
        var mainHeight = main.Count == 0 ? 0 : LabelRow(style) + SignatureRow(style, main, cell);
        var coHeight = coLines.Count == 0 ? 0 : (coLines.Count * style.Block.Height) + (2 * Padding) + 2;
        var footer = FooterLines(words, document);
        var footerHeight = 10 + (footer.Sum(l => FooterValue(style, l.Value).Count) * FooterLine(style));

        pages.EnsureSpace(28 + SealSize + 26 + mainHeight + coHeight + 14 + footerHeight);
        pages.Y += 28;
        PdfSeal.WriteSignedName(
            pages, document.Sender, style.Sender, style.SealFont, PdfLook.Ink, PdfLook.A4Width / 2, pages.Y, SealSize, words.Writing.SealInscription(document.Sender, words.Language));
        pages.Y += SealSize + 26;
        if (main.Count > 0)
        {
            WriteSignatures(pages, style, words, main, cell);
        }

        if (coLines.Count > 0)
        {
            WriteCooperation(pages, style, words["cooperation"], coLines, cell, coHeight);
        }

        WriteFooter(pages, style, words["receipt"], footer, S.Bottom - footerHeight);
    }

    private static float LabelRow(S style) => style.BlockLabel.Height + (2 * Padding);

    private static float SignatureRow(S style, List<ApprovalSignature> signatures, float cell) =>
        ((signatures.Max(s => TextWrapping.Wrap(s.Post, style.Block, cell - (2 * Padding)).Count) + 2) * style.Block.Height) + (3 * Padding);

    private static void WriteSignatures(PdfPages pages, S style, DocumentWords words, List<ApprovalSignature> signatures, float cell)
    {
        var labelHeight = LabelRow(style);
        var rowHeight = SignatureRow(style, signatures, cell);
        var top = pages.Y;
        for (var i = 0; i < signatures.Count; i++)
        {
            var signature = signatures[i];
            var x = S.Left + (i * cell);
            var centre = x + (cell / 2);
            pages.Fill(SKRect.Create(x, top, cell, labelHeight), PdfLook.Shade);
            pages.Frame(SKRect.Create(x, top, cell, labelHeight), PdfLook.Rule);
            pages.Frame(SKRect.Create(x, top + labelHeight, cell, rowHeight), PdfLook.Rule);
            pages.Text(words[Key(signature.Mark)], style.BlockLabel, PdfLook.Ink, centre, top + Padding, TextAnchor.Centre);

            var y = top + labelHeight + Padding;
            foreach (var line in TextWrapping.Wrap(signature.Post, style.Block, cell - (2 * Padding)))
            {
                pages.Text(line, style.Block, PdfLook.Ink, centre, y, TextAnchor.Centre);
                y += style.Block.Height;
            }

            pages.Text(signature.Name, style.BlockLabel, PdfLook.Ink, centre, y + (Padding / 2), TextAnchor.Centre);
            pages.Text(words.Writing.Date(signature.SignedOn), style.Block, PdfLook.Grey, centre, top + labelHeight + rowHeight - Padding - style.Block.Height, TextAnchor.Centre);
        }

        pages.Y = top + labelHeight + rowHeight;
    }

    private static void WriteCooperation(PdfPages pages, S style, string label, IReadOnlyList<string> lines, float cell, float height)
    {
        var top = pages.Y;
        pages.Fill(SKRect.Create(S.Left, top, cell, height), PdfLook.Shade);
        pages.Frame(SKRect.Create(S.Left, top, cell, height), PdfLook.Rule);
        pages.Frame(SKRect.Create(S.Left + cell, top, S.Width - cell, height), PdfLook.Rule);
        pages.Text(label, style.BlockLabel, PdfLook.Ink, S.Left + (cell / 2), top + ((height - style.BlockLabel.Height) / 2), TextAnchor.Centre);
        var y = top + Padding + 1;
        foreach (var line in lines)
        {
            pages.Text(line, style.Block, PdfLook.Ink, S.Left + cell + Padding, y);
            y += style.Block.Height;
        }

        pages.Y = top + height;
    }

    /// <summary>시행 number (date), 접수 left open for the receiving agency; the recipients when several; the address; the retention period.</summary>
    private static List<(string Label, string Value)> FooterLines(DocumentWords words, OfficialDocument document)
    {
        var lines = new List<(string, string)> { (words["enforcement"], $"{document.DocumentNumber} ({words.Writing.Date(document.EnforcedOn)})") };
        if (document.Recipients.Count > 1)
        {
            lines.Add((words["recipients"], string.Join(", ", document.Recipients)));
        }

        if (!string.IsNullOrWhiteSpace(document.Address))
        {
            lines.Add((string.Empty, document.Address));
        }

        lines.Add((words["retention"], document.Retention));
        return lines;
    }

    private static float FooterLine(S style) => style.Footer.Height * 1.45f;

    private static IReadOnlyList<string> FooterValue(S style, string value) => TextWrapping.Wrap(value, style.Footer, S.Width - FooterLabelWidth);

    private static void WriteFooter(PdfPages pages, S style, string receipt, List<(string Label, string Value)> lines, float top)
    {
        pages.Line(PdfLook.HeavyRule, S.Left, top, S.Right, top);
        var y = top + 10;
        // The receipt's number and date are written by the agency that receives the document, on its copy.
        pages.Text(receipt, style.BlockLabel, PdfLook.Ink, S.Left + (S.Width / 2), y);
        foreach (var (label, value) in lines)
        {
            pages.Text(label, style.BlockLabel, PdfLook.Ink, S.Left, y);
            foreach (var line in FooterValue(style, value))
            {
                pages.Text(line, style.Footer, PdfLook.Ink, S.Left + FooterLabelWidth, y);
                y += FooterLine(style);
            }
        }

        pages.Y = y;
    }

    private static string Key(ApprovalMark mark) => mark switch
    {
        ApprovalMark.Draft => "draft",
        ApprovalMark.Review => "review",
        ApprovalMark.Cooperation => "cooperation",
        ApprovalMark.Delegated => "delegated",
        ApprovalMark.Proxy => "proxy",
        _ => "final",
    };
}
