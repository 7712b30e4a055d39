using System.Globalization;
using System.Text;

namespace Egov.Platform.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces where there are any (Korean and English), between any two
/// characters where a word is wider than the line (Japanese writes no spaces, a long address may have none).
/// </summary>
public static class TextWrapping
{
    /// <summary>The lines of <paramref name="text"/> (whose newlines start new lines) no wider than <paramref name="width"/> points.</summary>
    public static IReadOnlyList<string> Wrap(string text, PdfFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate, font, width))
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (Fits(word, font, width))
                {
                    line.Append(word);
                    continue;
                }

                var elements = StringInfo.GetTextElementEnumerator(word);
                while (elements.MoveNext())
                {
                    var element = elements.GetTextElement();
                    if (line.Length > 0 && !Fits(line + element, font, width))
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

    /// <summary>
    /// The sum of the characters' advance widths, cached per font (<see cref="PdfFont.Advance"/>): wrapping
    /// measures each candidate line again. Skia draws without kerning or shaping too, so this is where it draws.
    /// </summary>
    public static float Measure(string text, PdfFont font)
    {
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            width += font.Advance(rune.Value);
        }

        return width;
    }

    private static bool Fits(string text, PdfFont font, float width) => Measure(text, font) <= width;
}
