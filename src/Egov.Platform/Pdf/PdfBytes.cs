using System.Text;

namespace Egov.Platform.Pdf;

/// <summary>What the verifier reads from a PDF's raw bytes, without a parser that could be led astray by a crafted file.</summary>
internal static class PdfBytes
{
    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] End = "%%EOF"u8.ToArray();
    private static readonly byte[] NumberKey = Encoding.ASCII.GetBytes(PdfInformation.DocumentNumberKey);

    /// <summary>A PDF header within the first kilobyte (readers allow leading bytes) and an end-of-file marker near the end.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> pdf)
    {
        var head = pdf[..Math.Min(pdf.Length, 1024)];
        var tail = pdf[Math.Max(0, pdf.Length - 1024)..];
        return head.IndexOf(Header) >= 0 && tail.IndexOf(End) >= 0;
    }

    /// <summary>The last /EgovDocumentNumber literal string, when it is made of digits and dashes as numbers are.</summary>
    public static string? DocumentNumber(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf(NumberKey);
        if (at < 0)
        {
            return null;
        }

        var rest = pdf[(at + NumberKey.Length)..];
        rest = rest[..Math.Min(rest.Length, 64)];
        var open = rest.IndexOf((byte)'(');
        var close = rest.IndexOf((byte)')');
        if (open < 0 || close < open || rest[..open].Trim(" \r\n\t"u8).Length > 0)
        {
            return null;
        }

        var value = Encoding.ASCII.GetString(rest[(open + 1)..close]);
        return value.Length > 0 && value.All(c => char.IsAsciiDigit(c) || c == '-') ? value : null;
    }
}
