using SkiaSharp;

namespace Egov.Platform.Pdf;

/// <summary>What every document the platform prints shares: A4 paper, near-black ink, the grey of small print, the shade of table headings and its two rules.</summary>
public static class PdfLook
{
    /// <summary>A4's width in points (210 mm).</summary>
    public const float A4Width = 595.28f;

    /// <summary>A4's height in points (297 mm).</summary>
    public const float A4Height = 841.89f;

    /// <summary>The ink of text and rules.</summary>
    public static readonly SKColor Ink = new(20, 20, 20);

    /// <summary>The fill behind labels and column titles.</summary>
    public static readonly SKColor Shade = new(236, 239, 243);

    /// <summary>The ink of footers and dates.</summary>
    public static readonly SKColor Grey = new(90, 90, 90);

    /// <summary>A cell's border.</summary>
    public static readonly Stroke Rule = new(Ink, 0.6f);

    /// <summary>The rule that closes a heading or a table.</summary>
    public static readonly Stroke HeavyRule = new(Ink, 1.4f);
}
