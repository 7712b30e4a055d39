using SkiaSharp;
using ZXing;
using ZXing.QrCode.Internal;

namespace Egov.Documents.Pdf;

/// <summary>
/// Draws a QR code as vector squares: sharp at any zoom or print resolution, and no bitmap. Level M, what government
/// QR codes use: it survives a fold or a stain and keeps a ~600-character signed payload at a size a phone reads
/// from paper.
/// </summary>
internal static class QrCodeDrawing
{
    /// <summary>The light margin around the code that ISO/IEC 18004 asks for, in modules.</summary>
    private const int QuietZone = 4;

    private const float Overlap = 0.05f;

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

    /// <summary>Draws the code (with its quiet zone) into the square at <paramref name="x"/>, <paramref name="y"/>.</summary>
    public static void Draw(CertificatePages pages, string payload, float x, float y, float size)
    {
        var matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, Hints).Matrix;
        var module = size / (matrix.Width + (2 * QuietZone));
        pages.Fill(SKRect.Create(x, y, size, size), SKColors.White);
        var dark = new List<SKRect>();
        // A run that continues the same run of the row above lengthens its rectangle: fewer rectangles to draw.
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

                // One rectangle per run of dark modules: no seams between neighbours in a row.
                var start = column;
                while (column < matrix.Width && matrix[column, row] == 1)
                {
                    column++;
                }

                // A hair of overlap with the next row closes the seams some renderers leave between abutting squares.
                if (above.TryGetValue((start, column), out var index) && dark[index].Bottom >= row + QuietZone)
                {
                    var rect = dark[index];
                    dark[index] = new SKRect(rect.Left, rect.Top, rect.Right, row + QuietZone + 1 + (Overlap / module));
                }
                else
                {
                    above[(start, column)] = dark.Count;
                    dark.Add(SKRect.Create(start + QuietZone, row + QuietZone, column - start, 1 + (Overlap / module)));
                }
            }
        }

        pages.Fill(dark, new SKPoint(x, y), module, SKColors.Black);
    }
}
