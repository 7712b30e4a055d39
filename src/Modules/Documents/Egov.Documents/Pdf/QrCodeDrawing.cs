using PdfSharp.Drawing;
using QRCoder;

namespace Egov.Documents.Pdf;

/// <summary>
/// Draws a QR code as vector squares: sharp at any zoom or print resolution, and no bitmap (PDFsharp rejects the
/// 1-bit PNG QRCoder writes). Level M, what government QR codes use: it survives a fold or a stain and keeps a
/// ~600-character signed payload at a size a phone reads from paper.
/// </summary>
internal static class QrCodeDrawing
{
    private const double Overlap = 0.05;

    /// <summary>Draws the code (with its quiet zone) into the square at <paramref name="x"/>, <paramref name="y"/>.</summary>
    public static void Draw(XGraphics gfx, string payload, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
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
                gfx.DrawRectangle(XBrushes.Black, x + (start * module), y + (row * module), (column - start) * module, module + Overlap);
            }
        }
    }
}
