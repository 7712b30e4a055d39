using System.Globalization;
using SkiaSharp;

namespace Egov.Documents.Pdf;

/// <summary>Where a text's x is: its left edge, its centre or its right edge.</summary>
internal enum TextAnchor
{
    Left,
    Centre,
    Right,
}

/// <summary>
/// The pages of one certificate as they fill: what each page draws, and how far down the current one is written.
/// Content that does not fit what is left of a page goes to a new one; the footers are written last, when the page
/// count is known. Drawing is recorded first and played onto Skia's PDF canvas at the end
/// (<see cref="WritePdf"/>): only then is every character known, so each face is embedded as one subset of just the
/// glyphs the document uses.
/// </summary>
internal sealed class CertificatePages(CertificateStyle style)
{
    private readonly List<List<Action<PageCanvas>>> pages = [];
    private readonly Dictionary<CertificateFace, HashSet<int>> characters = [];
    private List<Action<PageCanvas>> current = [];

    public float Y { get; set; }

    public float Remaining => CertificateStyle.Bottom - Y;

    public int Count => pages.Count;

    public void NewPage()
    {
        current = [];
        pages.Add(current);
        // A double frame, as printed civil forms have: a copy cut from its margins shows.
        Frame(SKRect.Create(CertificateStyle.Margin - 14, CertificateStyle.Margin - 14, CertificateStyle.Width + 28, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 28), CertificateStyle.HeavyRule);
        Frame(SKRect.Create(CertificateStyle.Margin - 11, CertificateStyle.Margin - 11, CertificateStyle.Width + 22, CertificateStyle.PageHeight - (2 * CertificateStyle.Margin) + 22), CertificateStyle.Rule);
        Y = CertificateStyle.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit; true when it did.</summary>
    public bool EnsureSpace(float height)
    {
        if (height <= Remaining)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>One line of text whose top is at <paramref name="top"/>.</summary>
    public void Text(string text, CertificateFont font, SKColor color, float x, float top, TextAnchor anchor = TextAnchor.Left)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!characters.TryGetValue(font.Face, out var used))
        {
            used = [];
            characters[font.Face] = used;
        }

        // Each character placed where the previous one's advance ends, summed as Skia's PDF writer sums them.
        var positions = new List<float>(text.Length);
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            used.Add(rune.Value);
            positions.Add(width);
            width += font.Advance(rune.Value);
        }

        var left = anchor switch
        {
            TextAnchor.Centre => x - (width / 2),
            TextAnchor.Right => x - width,
            _ => x,
        };
        var baseline = top + font.Ascent;
        current.Add(canvas =>
        {
            var skFont = canvas.Font(font);
            using var builder = new SKTextBlobBuilder();
            builder.AddHorizontalRun(skFont.GetGlyphs(text), skFont, [.. positions], 0);
            using var blob = builder.Build();
            canvas.Canvas.DrawText(blob, left, baseline, canvas.Fill(color));
        });
    }

    public void Line(Stroke stroke, float x1, float y1, float x2, float y2) =>
        current.Add(canvas => canvas.Canvas.DrawLine(x1, y1, x2, y2, canvas.Line(stroke)));

    public void Frame(SKRect rect, Stroke stroke) => current.Add(canvas => canvas.Canvas.DrawRect(rect, canvas.Line(stroke)));

    public void Fill(SKRect rect, SKColor color) => current.Add(canvas => canvas.Canvas.DrawRect(rect, canvas.Fill(color)));

    /// <summary>The document number bottom left and page x / y bottom right of every page, so a loose page is traced.</summary>
    public void WriteFooters(string documentNumber)
    {
        var y = CertificateStyle.PageHeight - CertificateStyle.Margin - 8;
        var count = pages.Count;
        for (var i = 0; i < count; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1} / {count}");
            OnPage(i, () =>
            {
                Line(CertificateStyle.Rule, CertificateStyle.Left, y - 4, CertificateStyle.Right, y - 4);
                Text(documentNumber, style.Small, CertificateStyle.Grey, CertificateStyle.Left, y);
                Text(number, style.Small, CertificateStyle.Grey, CertificateStyle.Right, y, TextAnchor.Right);
            });
        }
    }

    /// <summary>The pages as a PDF of Skia's, each face embedded as the subset of the characters drawn with it.</summary>
    public byte[] WritePdf()
    {
        var subsets = SubsetTypefaces.OfThisThread;
        var typefaces = characters.ToDictionary(c => c.Key, c => subsets.Get(c.Key, c.Value));
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata()))
        {
            foreach (var page in pages)
            {
                using var canvas = new PageCanvas(document.BeginPage(CertificateStyle.PageWidth, CertificateStyle.PageHeight), typefaces);
                foreach (var draw in page)
                {
                    draw(canvas);
                }

                document.EndPage();
            }

            document.Close();
        }

        using var data = stream.DetachAsData();
        return data.ToArray();
    }

    /// <summary>Runs <paramref name="draw"/> with page <paramref name="index"/> as the one drawn on.</summary>
    private void OnPage(int index, Action draw)
    {
        var last = current;
        current = pages[index];
        try
        {
            draw();
        }
        finally
        {
            current = last;
        }
    }

    /// <summary>One page being played onto Skia: its canvas, and the paints and fonts made for it once each.</summary>
    internal sealed class PageCanvas(SKCanvas canvas, Dictionary<CertificateFace, SKTypeface> typefaces) : IDisposable
    {
        private readonly Dictionary<CertificateFont, SKFont> fonts = [];
        private readonly Dictionary<SKColor, SKPaint> fills = [];
        private readonly Dictionary<Stroke, SKPaint> lines = [];

        public SKCanvas Canvas => canvas;

        public SKFont Font(CertificateFont font)
        {
            if (!fonts.TryGetValue(font, out var made))
            {
                made = font.Create(typefaces[font.Face]);
                fonts[font] = made;
            }

            return made;
        }

        public SKPaint Fill(SKColor color)
        {
            if (!fills.TryGetValue(color, out var paint))
            {
                paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
                fills[color] = paint;
            }

            return paint;
        }

        public SKPaint Line(Stroke stroke)
        {
            if (!lines.TryGetValue(stroke, out var paint))
            {
                paint = new SKPaint { Color = stroke.Color, Style = SKPaintStyle.Stroke, StrokeWidth = stroke.Width, IsAntialias = true };
                lines[stroke] = paint;
            }

            return paint;
        }

        public void Dispose()
        {
            foreach (var disposable in fonts.Values.Concat<IDisposable>(fills.Values).Concat(lines.Values))
            {
                disposable.Dispose();
            }
        }
    }
}
