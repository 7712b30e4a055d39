using Egov.Documents.Rendering;
using Egov.Platform.Pdf;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>
/// The bordered tables of a certificate: the header block (two label–value pairs a row, labels shaded) and the
/// section tables (shaded column titles, repeated at the top of a page a table continues on).
/// </summary>
internal static class CertificateTables
{
    private const float LabelWidth = 86;
    private const float MinColumn = 36;

    public static void WriteHeader(PdfPages pages, CertificateStyle style, IReadOnlyList<LabelledValue> header)
    {
        var valueWidth = (CertificateStyle.Width - (2 * LabelWidth)) / 2;
        for (var i = 0; i < header.Count; i += 2)
        {
            var pair = i + 1 < header.Count;
            var cells = pair
                ? new[] { header[i].Label, header[i].Value, header[i + 1].Label, header[i + 1].Value }
                : [header[i].Label, header[i].Value];
            float[] widths = pair ? [LabelWidth, valueWidth, LabelWidth, valueWidth] : [LabelWidth, CertificateStyle.Width - LabelWidth];
            WriteRow(pages, style, cells, widths, shadeColumn: c => c % 2 == 0, heavyTop: i == 0);
        }

        pages.Line(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        pages.Y += 18;
    }

    public static void WriteSection(PdfPages pages, CertificateStyle style, CertificateSection section)
    {
        var widths = ColumnWidths(style, section);
        var headingHeight = style.Heading.Height + 6;
        // The heading never stands alone at the foot of a page: it goes with the column titles and a first row.
        pages.EnsureSpace(headingHeight + (3 * RowHeight(style, 1)));
        pages.Text("■ " + section.Heading, style.Heading, CertificateStyle.Ink, CertificateStyle.Left, pages.Y);
        pages.Y += headingHeight;
        WriteColumnTitles(pages, style, section.Columns, widths);
        foreach (var row in section.Rows)
        {
            var lines = Lines(style.Cell, row, widths);
            if (pages.EnsureSpace(RowHeight(style, lines.Max(l => l.Count))))
            {
                WriteColumnTitles(pages, style, section.Columns, widths);
            }

            WriteRow(pages, style, row, widths, shadeColumn: _ => false, heavyTop: false);
        }

        pages.Line(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        pages.Y += 16;
    }

    private static void WriteColumnTitles(PdfPages pages, CertificateStyle style, IReadOnlyList<string> columns, float[] widths) =>
        WriteRow(pages, style, columns, widths, shadeColumn: _ => true, heavyTop: true, centred: true, font: style.Label);

    private static void WriteRow(
        PdfPages pages, CertificateStyle style, IReadOnlyList<string> cells, float[] widths,
        Func<int, bool> shadeColumn, bool heavyTop, bool centred = false, PdfFont? font = null)
    {
        var lines = new List<IReadOnlyList<string>>();
        for (var c = 0; c < widths.Length; c++)
        {
            var cellFont = font ?? (shadeColumn(c) ? style.Label : style.Cell);
            lines.Add(TextWrapping.Wrap(c < cells.Count ? cells[c] : string.Empty, cellFont, widths[c] - (2 * CertificateStyle.CellPadding)));
        }

        var height = RowHeight(style, lines.Max(l => l.Count));
        pages.EnsureSpace(height);
        var top = pages.Y;
        var x = CertificateStyle.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var shaded = shadeColumn(c);
            var cellFont = font ?? (shaded ? style.Label : style.Cell);
            if (shaded)
            {
                pages.Fill(SKRect.Create(x, top, widths[c], height), CertificateStyle.Shade);
            }

            pages.Frame(SKRect.Create(x, top, widths[c], height), CertificateStyle.Rule);
            var lineHeight = cellFont.Height;
            var y = top + ((height - (lines[c].Count * lineHeight)) / 2);
            foreach (var line in lines[c])
            {
                var centre = centred || shaded;
                pages.Text(line, cellFont, CertificateStyle.Ink,
                    centre ? x + (widths[c] / 2) : x + CertificateStyle.CellPadding, y, centre ? TextAnchor.Centre : TextAnchor.Left);
                y += lineHeight;
            }

            x += widths[c];
        }

        if (heavyTop)
        {
            pages.Line(CertificateStyle.HeavyRule, CertificateStyle.Left, top, CertificateStyle.Right, top);
        }

        pages.Y = top + height;
    }

    private static float RowHeight(CertificateStyle style, int lines) => (lines * style.Cell.Height) + (2 * CertificateStyle.CellPadding) + 2;

    private static List<IReadOnlyList<string>> Lines(PdfFont font, IReadOnlyList<string> row, float[] widths) =>
        [.. widths.Select((w, c) => TextWrapping.Wrap(c < row.Count ? row[c] : string.Empty, font, w - (2 * CertificateStyle.CellPadding)))];

    /// <summary>Each column as wide as its widest cell on one line, then scaled to fill the page width exactly.</summary>
    private static float[] ColumnWidths(CertificateStyle style, CertificateSection section)
    {
        var natural = new float[section.Columns.Count];
        for (var c = 0; c < natural.Length; c++)
        {
            var widest = TextWrapping.Measure(section.Columns[c], style.Label);
            foreach (var row in section.Rows)
            {
                widest = Math.Max(widest, c < row.Count ? TextWrapping.Measure(row[c], style.Cell) : 0);
            }

            // A long address should wrap rather than squeeze its neighbours to nothing.
            natural[c] = Math.Max(MinColumn, Math.Min(widest, CertificateStyle.Width * 0.45f) + (2 * CertificateStyle.CellPadding) + 2);
        }

        var scale = CertificateStyle.Width / natural.Sum();
        return [.. natural.Select(w => w * scale)];
    }
}
