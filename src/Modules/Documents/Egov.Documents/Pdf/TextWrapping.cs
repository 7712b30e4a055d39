using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace Egov.Documents.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces where there are any (Korean and English), between any two
/// characters where a word is wider than the line (Japanese writes no spaces, a long address may have none).
/// </summary>
internal static class TextWrapping
{
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

    public static double Measure(XGraphics gfx, string text, XFont font) => gfx.MeasureString(text, font).Width;

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) => Measure(gfx, text, font) <= width;
}
