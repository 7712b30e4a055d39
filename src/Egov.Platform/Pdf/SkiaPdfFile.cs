using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Egov.Platform.Pdf;

/// <summary>
/// What <see cref="PdfUpdate"/> needs of the file Skia wrote: its trailer, where its objects are, the first and the
/// last page. Read through Skia's own cross-reference table, never by searching the file, and only the catalogue,
/// the page tree and the trailer are read: dictionaries without streams, which Skia writes plainly.
/// </summary>
internal sealed partial class SkiaPdfFile
{
    private readonly byte[] pdf;
    private readonly Dictionary<int, int> offsets = [];

    private SkiaPdfFile(byte[] pdf) => this.pdf = pdf;

    public long StartXref { get; private set; }

    public int Size { get; private set; }

    public int Root { get; private set; }

    public int? Info { get; private set; }

    public int FirstPage { get; private set; }

    public int LastPage { get; private set; }

    public static SkiaPdfFile Read(byte[] pdf)
    {
        var parsed = new SkiaPdfFile(pdf);
        var tail = Encoding.ASCII.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        var startXref = StartXrefPattern().Match(tail);
        if (!startXref.Success)
        {
            throw new InvalidOperationException("Skia's PDF does not end with startxref and %%EOF.");
        }

        parsed.StartXref = long.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        var section = Encoding.ASCII.GetString(pdf, (int)parsed.StartXref, pdf.Length - (int)parsed.StartXref);
        parsed.ReadXref(section);
        return parsed;
    }

    /// <summary>The text of object <paramref name="number"/>: between "obj" and "endobj", trimmed.</summary>
    public string Object(int number)
    {
        if (!offsets.TryGetValue(number, out var offset))
        {
            throw new InvalidOperationException($"Skia's PDF has no object {number}.");
        }

        var header = string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj");
        var start = offset + header.Length;
        if (Encoding.ASCII.GetString(pdf, offset, header.Length) != header)
        {
            throw new InvalidOperationException($"Skia's cross-reference table does not point at object {number}.");
        }

        var endobj = pdf.AsSpan(start).IndexOf("endobj"u8);
        return Encoding.ASCII.GetString(pdf, start, endobj).Trim();
    }

    private void ReadXref(string section)
    {
        using var reader = new StringReader(section);
        if (reader.ReadLine()?.Trim() != "xref")
        {
            throw new InvalidOperationException("Skia's startxref does not point at a cross-reference table.");
        }

        string? line;
        while ((line = reader.ReadLine()?.Trim()) is not null && line != "trailer")
        {
            var subsection = line.Split(' ');
            var first = int.Parse(subsection[0], CultureInfo.InvariantCulture);
            var count = int.Parse(subsection[1], CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var entry = (reader.ReadLine() ?? string.Empty).Trim().Split(' ');
                if (entry.Length == 3 && entry[2] == "n")
                {
                    offsets[first + i] = int.Parse(entry[0], CultureInfo.InvariantCulture);
                }
            }
        }

        var trailer = reader.ReadToEnd();
        foreach (Match entry in TrailerEntryPattern().Matches(trailer[..trailer.IndexOf("startxref", StringComparison.Ordinal)]))
        {
            var value = int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture);
            switch (entry.Groups[1].Value)
            {
                case "Size": Size = value; break;
                case "Root": Root = value; break;
                default: Info = value; break;
            }
        }

        if (Size == 0 || Root == 0)
        {
            throw new InvalidOperationException("Skia's trailer has no /Size or /Root.");
        }

        FirstPage = FindPage(FirstKidPattern());
        LastPage = FindPage(LastKidPattern());
    }

    /// <summary>The page reached from the root by taking, at each node of the page tree, the kid <paramref name="kid"/> matches.</summary>
    private int FindPage(Regex kid)
    {
        var node = int.Parse(PagesPattern().Match(Object(Root)).Groups[1].Value, CultureInfo.InvariantCulture);
        // Skia makes a balanced page tree: intermediate /Pages nodes above the pages of a long document.
        for (var depth = 0; depth < 32; depth++)
        {
            var dictionary = Object(node);
            if (!PageTreeNodePattern().IsMatch(dictionary))
            {
                return node;
            }

            node = int.Parse(kid.Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException("Skia's page tree is deeper than expected.");
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/(Size|Root|Info)\s+(\d+)")]
    private static partial Regex TrailerEntryPattern();

    [GeneratedRegex(@"/Pages\s+(\d+)\s+0\s+R")]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"/Kids\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex FirstKidPattern();

    [GeneratedRegex(@"/Kids\s*\[(?:[^\]]*\D)?(\d+)\s+0\s+R\s*\]")]
    private static partial Regex LastKidPattern();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PageTreeNodePattern();
}
