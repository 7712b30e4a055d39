using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Egov.Documents.Pdf;

/// <summary>The signature field to add: who signs, the claimed signing time (/M), and the room reserved for the CMS.</summary>
internal sealed record PdfSignaturePlaceholder(string SignerName, DateTimeOffset SigningTime, int ContentsSize);

/// <summary>
/// Appends one incremental update (ISO 32000-1, 7.5.6) to the PDF Skia wrote: a new version of the document
/// information (title, author, creation date, the document number), of the catalogue (language; with a signature,
/// the form holding the field) and, with a signature, of the first page (the field's widget), the signature field and
/// its dictionary (PAdES: /SubFilter /ETSI.CAdES.detached), a cross-reference section for them and a trailer that
/// points back to Skia's. The original bytes are kept as they are, and the signature's /ByteRange covers them and
/// the update: the whole file but the /Contents it leaves for the CMS.
/// Skia's output is read through its own cross-reference table, never by searching the file, and only the catalogue,
/// the page tree down to the first page and the trailer are read: dictionaries without streams, which Skia writes plainly.
/// </summary>
internal static partial class PdfUpdate
{
    /// <summary>Ten digits each, so the numbers can be written once the file's length is known without moving a byte.</summary>
    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    public static byte[] Write(byte[] original, PdfInformation information, PdfSignaturePlaceholder? signature)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(information);
        var source = Parsed.Read(original);
        var next = source.Size;
        var infoNumber = source.Info ?? next++;
        var objects = new List<(int Number, string Body)>
        {
            (infoNumber, Information(information)),
        };

        var catalogue = new StringBuilder().Append(" /Lang ").Append(Text(information.Language));
        int? signatureNumber = null;
        if (signature is not null)
        {
            var fieldNumber = next++;
            signatureNumber = next++;
            // PAdES signatures are an extension of PDF 1.7 (ETSI EN 319 142-1); Skia declares 1.4 in its header.
            catalogue.Append(CultureInfo.InvariantCulture, $" /Version /1.7 /Extensions <</ESIC <</BaseVersion /1.7 /ExtensionLevel 2>>>> /AcroForm <</Fields [{fieldNumber} 0 R] /SigFlags 3>>");
            objects.Add((source.FirstPage, Extended(source.Object(source.FirstPage), $" /Annots [{fieldNumber} 0 R]", "/Annots")));
            // Invisible (a zero rectangle), printed and locked: the page itself shows the seal and the QR code.
            objects.Add((fieldNumber, string.Create(CultureInfo.InvariantCulture,
                $"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 132 /Rect [0 0 0 0] /P {source.FirstPage} 0 R /V {signatureNumber} 0 R>>")));
            objects.Add((signatureNumber.Value, string.Create(CultureInfo.InvariantCulture,
                $"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /Name {Text(signature.SignerName)} /M {Date(signature.SigningTime)} /ByteRange {ByteRangePlaceholder} /Contents <{new string('0', signature.ContentsSize * 2)}>>>")));
        }

        objects.Add((source.Root, Extended(source.Object(source.Root), catalogue.ToString(), "/AcroForm")));

        var output = new MemoryStream(original.Length + 4096 + ((signature?.ContentsSize ?? 0) * 2));
        output.Write(original);
        if (original[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new SortedDictionary<int, long>();
        long byteRangeAt = -1;
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            var header = Ascii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
            output.Write(header);
            if (number == signatureNumber)
            {
                byteRangeAt = output.Position + body.IndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
            }

            output.Write(Ascii(body));
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
        {
            // Each entry exactly 20 bytes: ten-digit offset, generation, "n", space and newline.
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next} /Root {source.Root} 0 R /Info {infoNumber} 0 R /Prev {source.StartXref}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        var pdf = output.ToArray();
        if (byteRangeAt >= 0)
        {
            WriteByteRange(pdf, (int)byteRangeAt);
        }

        return pdf;
    }

    /// <summary>/ByteRange: from the start to the /Contents hex string, and from after it to the end of the file.</summary>
    private static void WriteByteRange(byte[] pdf, int at)
    {
        var contents = Array.IndexOf(pdf, (byte)'<', at);
        var end = Array.IndexOf(pdf, (byte)'>', contents) + 1;
        var range = Ascii(string.Create(CultureInfo.InvariantCulture, $"[0 {contents:D10} {end:D10} {pdf.Length - end:D10}]"));
        if (range.Length != ByteRangePlaceholder.Length)
        {
            throw new InvalidOperationException("The PDF is too large for a ten-digit /ByteRange.");
        }

        range.CopyTo(pdf, at);
    }

    private static string Information(PdfInformation information) => string.Create(CultureInfo.InvariantCulture,
        $"<</Title {Text(information.Title)} /Author {Text(information.Author)} /Creator (Enjoy e-Gov) /Producer (Enjoy e-Gov, Skia) /CreationDate {Date(information.CreatedAt)} {CertificatePdf.DocumentNumberKey} {Text(information.DocumentNumber)}>>");

    /// <summary>A dictionary with <paramref name="entries"/> added before its closing brackets.</summary>
    private static string Extended(string dictionary, string entries, string mustNotHave)
    {
        if (!dictionary.StartsWith("<<", StringComparison.Ordinal) || !dictionary.EndsWith(">>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Skia wrote an object that is not a plain dictionary where one was expected.");
        }

        if (dictionary.Contains(mustNotHave, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Skia's dictionary already has {mustNotHave}.");
        }

        return string.Concat(dictionary.AsSpan(0, dictionary.Length - 2), entries, ">>");
    }

    /// <summary>A PDF text string: literal when it is printable ASCII, else UTF-16BE with a byte-order mark.</summary>
    private static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("(", @"\(", StringComparison.Ordinal).Replace(")", @"\)", StringComparison.Ordinal) + ")";
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    private static string Date(DateTimeOffset at) =>
        "(D:" + at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/(Size|Root|Info)\s+(\d+)")]
    private static partial Regex TrailerEntryPattern();

    [GeneratedRegex(@"/Pages\s+(\d+)\s+0\s+R")]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"/Kids\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex FirstKidPattern();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PageTreeNodePattern();

    /// <summary>What the update needs of Skia's file: its trailer, where its objects are, the first page.</summary>
    private sealed class Parsed
    {
        private readonly byte[] pdf;
        private readonly Dictionary<int, int> offsets = [];

        private Parsed(byte[] pdf) => this.pdf = pdf;

        public long StartXref { get; private set; }

        public int Size { get; private set; }

        public int Root { get; private set; }

        public int? Info { get; private set; }

        public int FirstPage { get; private set; }

        public static Parsed Read(byte[] pdf)
        {
            var parsed = new Parsed(pdf);
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

            FirstPage = FindFirstPage();
        }

        private int FindFirstPage()
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

                node = int.Parse(FirstKidPattern().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
            }

            throw new InvalidOperationException("Skia's page tree is deeper than expected.");
        }
    }
}
