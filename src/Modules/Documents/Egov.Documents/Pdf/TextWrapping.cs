using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Drawing;

namespace Egov.Documents.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces where there are any (Korean and English), between any two
/// characters where a word is wider than the line (Japanese writes no spaces, a long address may have none).
/// </summary>
internal static class TextWrapping
{
    /// <summary>
    /// Each font's advance width per character, measured once per process. PDFsharp measures a string by looking
    /// every character up in the font's cmap with a linear scan of its segments (thousands in a Hangul font), and
    /// wrapping measures each line many times over; it adds advance widths without kerning (and, for a simulated
    /// bold, a fixed amount per character), so the sum of the cached widths is its measure, to rounding.
    /// </summary>
    private static readonly ConditionalWeakTable<XFont, ConcurrentDictionary<int, double>> Widths = [];

    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(gfx, candidate, font, width))
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (Fits(gfx, word, font, width))
                {
                    line.Append(word);
                    continue;
                }

                var elements = StringInfo.GetTextElementEnumerator(word);
                while (elements.MoveNext())
                {
                    var element = elements.GetTextElement();
                    if (line.Length > 0 && !Fits(gfx, line + element, font, width))
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    line.Append(element);
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    public static double Measure(XGraphics gfx, string text, XFont font)
    {
        var widths = Widths.GetValue(font, _ => new ConcurrentDictionary<int, double>());
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!widths.TryGetValue(rune.Value, out var advance))
            {
                advance = gfx.MeasureString(rune.ToString(), font).Width;
                widths[rune.Value] = advance;
            }

            width += advance;
        }

        return width;
    }

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) => Measure(gfx, text, font) <= width;
}
