using System.Globalization;
using System.Text;

namespace Egov.Platform.Pdf;

/// <summary>The signature field to add: who signs, the claimed signing time (/M), and the room reserved for the CMS.</summary>
internal sealed record PdfSignaturePlaceholder(string SignerName, DateTimeOffset SigningTime, int ContentsSize);

/// <summary>
/// Appends one incremental update (ISO 32000-1, 7.5.6) to the PDF Skia wrote: a new version of the document
/// information (title, author, creation date, the document number), of the catalogue (language; with a signature,
/// the form holding the field), of the last page with a drawing added under it when there is one
/// (<see cref="PdfPageDrawing"/>: a certificate's QR code) and, with a signature, of the first page (the field's widget), the signature field and its dictionary
/// (PAdES: /SubFilter /ETSI.CAdES.detached), a cross-reference section for them and a trailer that points back to
/// Skia's. The original bytes are kept as they are, and the signature's /ByteRange covers them and the update: the
/// whole file but the /Contents it leaves for the CMS. Skia's file is read by <see cref="SkiaPdfFile"/>.
/// </summary>
internal static class PdfUpdate
{
    /// <summary>Ten digits each, so the numbers can be written once the file's length is known without moving a byte.</summary>
    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    private static readonly byte[] ByteRangeBytes = Encoding.ASCII.GetBytes(ByteRangePlaceholder);

    public static byte[] Write(byte[] original, PdfInformation information, byte[] lastPageDrawing, PdfSignaturePlaceholder? signature)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(information);
        ArgumentNullException.ThrowIfNull(lastPageDrawing);
        var source = SkiaPdfFile.Read(original);
        var next = source.Size;
        var infoNumber = source.Info ?? next++;
        var objects = new List<(int Number, byte[] Body)>
        {
            (infoNumber, Ascii(Information(information))),
        };

        // The pages changed, by number: the last one draws the drawing, and on a one-page document it is also the first.
        var pages = new Dictionary<int, string>();
        if (lastPageDrawing.Length > 0)
        {
            var drawingNumber = next++;
            var lastPage = source.Object(source.LastPage);
            objects.Add((drawingNumber, PdfPageDrawing.Stream(lastPageDrawing, lastPage)));
            pages[source.LastPage] = PdfPageDrawing.Underneath(lastPage, drawingNumber);
        }

        var catalogue = new StringBuilder().Append(" /Lang ").Append(Text(information.Language));
        int? signatureNumber = null;
        if (signature is not null)
        {
            var fieldNumber = next++;
            signatureNumber = next++;
            // PAdES signatures are an extension of PDF 1.7 (ETSI EN 319 142-1); Skia declares 1.4 in its header.
            catalogue.Append(CultureInfo.InvariantCulture, $" /Version /1.7 /Extensions <</ESIC <</BaseVersion /1.7 /ExtensionLevel 2>>>> /AcroForm <</Fields [{fieldNumber} 0 R] /SigFlags 3>>");
            pages[source.FirstPage] = Extended(pages.GetValueOrDefault(source.FirstPage) ?? source.Object(source.FirstPage), $" /Annots [{fieldNumber} 0 R]", "/Annots");
            // Invisible (a zero rectangle), printed and locked: the page itself shows the seal and the QR code.
            objects.Add((fieldNumber, Ascii(string.Create(CultureInfo.InvariantCulture,
                $"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 132 /Rect [0 0 0 0] /P {source.FirstPage} 0 R /V {signatureNumber} 0 R>>"))));
            objects.Add((signatureNumber.Value, Ascii(string.Create(CultureInfo.InvariantCulture,
                $"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /Name {Text(signature.SignerName)} /M {Date(signature.SigningTime)} /ByteRange {ByteRangePlaceholder} /Contents <{new string('0', signature.ContentsSize * 2)}>>>"))));
        }

        objects.AddRange(pages.Select(page => (page.Key, Ascii(page.Value))));
        objects.Add((source.Root, Ascii(Extended(source.Object(source.Root), catalogue.ToString(), "/AcroForm"))));

        var output = new MemoryStream(original.Length + objects.Sum(o => o.Body.Length + 32) + 1024);
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
            output.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n")));
            if (number == signatureNumber)
            {
                byteRangeAt = output.Position + body.AsSpan().IndexOf(ByteRangeBytes);
            }

            output.Write(body);
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
        $"<</Title {Text(information.Title)} /Author {Text(information.Author)} /Creator (Enjoy e-Gov) /Producer (Enjoy e-Gov, Skia) /CreationDate {Date(information.CreatedAt)} {PdfInformation.DocumentNumberKey} {Text(information.DocumentNumber)}>>");

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
}
