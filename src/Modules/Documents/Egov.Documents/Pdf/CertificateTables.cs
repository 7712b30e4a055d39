using Egov.Documents.Rendering;
using PdfSharp.Drawing;

namespace Egov.Documents.Pdf;

/// <summary>
/// The bordered tables of a certificate: the header block (two label–value pairs a row, labels shaded) and the
/// section tables (shaded column titles, repeated at the top of a page a table continues on).
/// </summary>
internal static class CertificateTables
{
    private const double LabelWidth = 86;
    private const double MinColumn = 36;

    public static void WriteHeader(CertificatePages pages, CertificateStyle style, IReadOnlyList<LabelledValue> header)
    {
        var valueWidth = (CertificateStyle.Width - (2 * LabelWidth)) / 2;
        for (var i = 0; i < header.Count; i += 2)
        {
            var pair = i + 1 < header.Count;
            var cells = pair
                ? new[] { header[i].Label, header[i].Value, header[i + 1].Label, header[i + 1].Value }
                : [header[i].Label, header[i].Value];
            double[] widths = pair ? [LabelWidth, valueWidth, LabelWidth, valueWidth] : [LabelWidth, CertificateStyle.Width - LabelWidth];
            WriteRow(pages, style, cells, widths, shadeColumn: c => c % 2 == 0, heavyTop: i == 0);
        }

        var gfx = pages.Gfx;
        gfx.DrawLine(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        pages.Y += 18;
    }

    public static void WriteSection(CertificatePages pages, CertificateStyle style, CertificateSection section)
    {
        var widths = ColumnWidths(pages.Gfx, style, section);
        var headingHeight = style.Heading.GetHeight() + 6;
        // The heading never stands alone at the foot of a page: it goes with the column titles and a first row.
        pages.EnsureSpace(headingHeight + (3 * RowHeight(style, 1)));
        pages.Gfx.DrawString("■ " + section.Heading, style.Heading, CertificateStyle.InkBrush, CertificateStyle.Left, pages.Y, XStringFormats.TopLeft);
        pages.Y += headingHeight;
        WriteColumnTitles(pages, style, section.Columns, widths);
        foreach (var row in section.Rows)
        {
            var lines = Lines(pages.Gfx, style.Cell, row, widths);
            if (pages.EnsureSpace(RowHeight(style, lines.Max(l => l.Count))))
            {
                WriteColumnTitles(pages, style, section.Columns, widths);
            }

            WriteRow(pages, style, row, widths, shadeColumn: _ => false, heavyTop: false);
        }

        pages.Gfx.DrawLine(CertificateStyle.HeavyRule, CertificateStyle.Left, pages.Y, CertificateStyle.Right, pages.Y);
        pages.Y += 16;
    }

    private static void WriteColumnTitles(CertificatePages pages, CertificateStyle style, IReadOnlyList<string> columns, double[] widths) =>
        WriteRow(pages, style, columns, widths, shadeColumn: _ => true, heavyTop: true, centred: true, font: style.Label);

    private static void WriteRow(
        CertificatePages pages, CertificateStyle style, IReadOnlyList<string> cells, double[] widths,
        Func<int, bool> shadeColumn, bool heavyTop, bool centred = false, XFont? font = null)
    {
        var gfx = pages.Gfx;
        var lines = new List<IReadOnlyList<string>>();
        for (var c = 0; c < widths.Length; c++)
        {
            var cellFont = font ?? (shadeColumn(c) ? style.Label : style.Cell);
            lines.Add(TextWrapping.Wrap(gfx, c < cells.Count ? cells[c] : string.Empty, cellFont, widths[c] - (2 * CertificateStyle.CellPadding)));
        }

        var height = RowHeight(style, lines.Max(l => l.Count));
        pages.EnsureSpace(height);
        gfx = pages.Gfx;
        var top = pages.Y;
        var x = CertificateStyle.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var shaded = shadeColumn(c);
            var cellFont = font ?? (shaded ? style.Label : style.Cell);
            if (shaded)
            {
                gfx.DrawRectangle(CertificateStyle.ShadeBrush, x, top, widths[c], height);
            }

            gfx.DrawRectangle(CertificateStyle.Rule, x, top, widths[c], height);
            var lineHeight = cellFont.GetHeight();
            var y = top + ((height - (lines[c].Count * lineHeight)) / 2);
            foreach (var line in lines[c])
            {
                var centre = centred || shaded;
                gfx.DrawString(line, cellFont, CertificateStyle.InkBrush,
                    centre ? x + (widths[c] / 2) : x + CertificateStyle.CellPadding, y, centre ? XStringFormats.TopCenter : XStringFormats.TopLeft);
                y += lineHeight;
            }

            x += widths[c];
        }

        if (heavyTop)
        {
            gfx.DrawLine(CertificateStyle.HeavyRule, CertificateStyle.Left, top, CertificateStyle.Right, top);
        }

        pages.Y = top + height;
    }

    private static double RowHeight(CertificateStyle style, int lines) => (lines * style.Cell.GetHeight()) + (2 * CertificateStyle.CellPadding) + 2;

    private static List<IReadOnlyList<string>> Lines(XGraphics gfx, XFont font, IReadOnlyList<string> row, double[] widths) =>
        [.. widths.Select((w, c) => TextWrapping.Wrap(gfx, c < row.Count ? row[c] : string.Empty, font, w - (2 * CertificateStyle.CellPadding)))];

    /// <summary>Each column as wide as its widest cell on one line, then scaled to fill the page width exactly.</summary>
    private static double[] ColumnWidths(XGraphics gfx, CertificateStyle style, CertificateSection section)
    {
        var natural = new double[section.Columns.Count];
        for (var c = 0; c < natural.Length; c++)
        {
            var widest = TextWrapping.Measure(gfx, section.Columns[c], style.Label);
            foreach (var row in section.Rows)
            {
                widest = Math.Max(widest, c < row.Count ? TextWrapping.Measure(gfx, row[c], style.Cell) : 0);
            }

            // A long address should wrap rather than squeeze its neighbours to nothing.
            natural[c] = Math.Max(MinColumn, Math.Min(widest, CertificateStyle.Width * 0.45) + (2 * CertificateStyle.CellPadding) + 2);
        }

        var scale = CertificateStyle.Width / natural.Sum();
        return [.. natural.Select(w => w * scale)];
    }
}
