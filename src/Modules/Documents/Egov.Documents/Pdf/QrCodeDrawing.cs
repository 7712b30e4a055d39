using System.Globalization;
using System.Text;
using Encoder = ZXing.QrCode.Internal.Encoder;
using ZXing;
using ZXing.QrCode.Internal;

namespace Egov.Documents.Pdf;

/// <summary>
/// A QR code as PDF vector operators: sharp at any zoom or print resolution, and no bitmap. Level M, what government
/// QR codes use: it survives a fold or a stain and keeps a ~600-character signed payload at a size a phone reads
/// from paper. The operators are written here rather than drawn through Skia: Skia's PDF device writes each of the
/// ~1,400 rectangles as a draw of its own (~1 ms a certificate with their deflate), and a path of them as four points
/// each; here they are one path of <c>re</c> operators in module units, filled once.
/// </summary>
internal static class QrCodeDrawing
{
    /// <summary>The light margin around the code that ISO/IEC 18004 asks for, in modules.</summary>
    private const int QuietZone = 4;

    /// <summary>
    /// One fixed mask pattern instead of the one of eight with the lowest penalty score: the standard lets an encoder
    /// use any (a reader learns it from the format bits), and scoring all eight was ~4.7 ms of a certificate's ~12.
    /// The payload is signed, compressed data in Base45, already as irregular as a mask would make it. Measured on 400
    /// random payloads of the certificate's size (version 20): ZXing's finder search misses 21 of the penalty-chosen
    /// codes and 19 of the mask-2 codes, and a direct decode of the matrix reads all of them (zbarimg too, on the
    /// penalty-chosen ones): the misses are that detector's, whatever the mask.
    /// </summary>
    private static readonly Dictionary<EncodeHintType, object> Hints = new()
    {
        [EncodeHintType.QR_MASK_PATTERN] = 2,
        [EncodeHintType.CHARACTER_SET] = "UTF-8",
    };

    /// <summary>
    /// The operators that draw the code (with its quiet zone, white) into the square at <paramref name="x"/>,
    /// <paramref name="y"/>, in a space whose y axis points down (Skia's, which <see cref="PdfUpdate"/> sets up).
    /// </summary>
    public static byte[] Operators(string payload, float x, float y, float size)
    {
        var matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, Hints).Matrix;
        var module = size / (matrix.Width + (2 * QuietZone));
        var operators = new StringBuilder(24 * 1024);
        operators.Append(CultureInfo.InvariantCulture, $"1 g {x} {y} {size} {size} re f\n");
        operators.Append(CultureInfo.InvariantCulture, $"{module} 0 0 {module} {x + (QuietZone * module)} {y + (QuietZone * module)} cm 0 g\n");
        foreach (var (column, row, width, height) in DarkRectangles(matrix))
        {
            operators.Append(CultureInfo.InvariantCulture, $"{column} {row} {width} {height} re\n");
        }

        // One fill of one path under the nonzero rule: the rectangles' union, with no seam where two of them meet, as a
        // renderer may leave between separately filled shapes.
        operators.Append("f\n");
        return Encoding.ASCII.GetBytes(operators.ToString());
    }

    /// <summary>
    /// One rectangle per run of dark modules in a row; a run that repeats the run of the row above lengthens that
    /// rectangle instead (about a tenth fewer rectangles).
    /// </summary>
    private static List<(int Column, int Row, int Width, int Height)> DarkRectangles(ByteMatrix matrix)
    {
        var dark = new List<(int Column, int Row, int Width, int Height)>();
        var above = new Dictionary<(int Start, int End), int>();
        for (var row = 0; row < matrix.Height; row++)
        {
            var column = 0;
            while (column < matrix.Width)
            {
                if (matrix[column, row] != 1)
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < matrix.Width && matrix[column, row] == 1)
                {
                    column++;
                }

                if (above.TryGetValue((start, column), out var index) && dark[index].Row + dark[index].Height == row)
                {
                    dark[index] = dark[index] with { Height = dark[index].Height + 1 };
                }
                else
                {
                    above[(start, column)] = dark.Count;
                    dark.Add((start, row, column - start, 1));
                }
            }
        }

        return dark;
    }
}
