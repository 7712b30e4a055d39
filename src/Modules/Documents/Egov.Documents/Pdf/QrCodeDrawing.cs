using QRCoder;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>
/// Draws a QR code as vector squares: sharp at any zoom or print resolution, and no bitmap. Level M, what government
/// QR codes use: it survives a fold or a stain and keeps a ~600-character signed payload at a size a phone reads
/// from paper.
/// </summary>
internal static class QrCodeDrawing
{
    private const float Overlap = 0.05f;

    /// <summary>Draws the code (with its quiet zone) into the square at <paramref name="x"/>, <paramref name="y"/>.</summary>
    public static void Draw(CertificatePages pages, string payload, float x, float y, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        pages.Fill(SKRect.Create(x, y, size, size), SKColors.White);
        var dark = new List<SKRect>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                // One rectangle per run of dark modules: no seams between neighbours in a row.
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                // A hair of overlap with the next row closes the seams some renderers leave between abutting squares.
                dark.Add(SKRect.Create(start, row, column - start, 1 + (Overlap / module)));
            }
        }

        pages.Fill(dark, new SKPoint(x, y), module, SKColors.Black);
    }
}
