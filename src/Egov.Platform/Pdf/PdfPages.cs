using SkiaSharp;

namespace Egov.Platform.Pdf;

/// <summary>Where a text's x is: its left edge, its centre or its right edge.</summary>
public enum TextAnchor
{
    /// <summary>x is the left edge.</summary>
    Left,

    /// <summary>x is the centre.</summary>
    Centre,

    /// <summary>x is the right edge.</summary>
    Right,
}

/// <summary>A line's colour and width in points.</summary>
public sealed record Stroke(SKColor Color, float Width);

/// <summary>
/// The pages of one document as they fill: what each page draws, and how far down the current one is written
/// (<see cref="Y"/>, in points from the top). Content that does not fit what is left of a page goes to a new one
/// (<see cref="EnsureSpace"/>); what needs the page count (footers) is written last, through <see cref="OnPage"/>.
/// Drawing is recorded first and played onto Skia's PDF canvas at the end (<see cref="WritePdf"/>): only then is
/// every character known, so each face is embedded as one subset of just the glyphs the document uses.
/// </summary>
/// <param name="width">The page width in points (A4: 595.28).</param>
/// <param name="height">The page height in points (A4: 841.89).</param>
/// <param name="top">Where content starts on a new page.</param>
/// <param name="bottom">Where content stops: below it the footer.</param>
/// <param name="decorate">Draws what every page carries (frames, letterheads) when the page is started; may be null.</param>
public sealed class PdfPages(float width, float height, float top, float bottom, Action<PdfPages>? decorate = null)
{
    private readonly List<List<Action<PageCanvas>>> pages = [];
    private readonly Dictionary<PdfFace, HashSet<int>> characters = [];
    private List<Action<PageCanvas>> current = [];

    /// <summary>How far down the current page content has been written, in points from the top.</summary>
    public float Y { get; set; }

    /// <summary>The height left for content on the current page.</summary>
    public float Remaining => bottom - Y;

    /// <summary>The pages started so far.</summary>
    public int Count => pages.Count;

    /// <summary>Starts a page: draws its decoration and puts <see cref="Y"/> at the top.</summary>
    public void NewPage()
    {
        current = [];
        pages.Add(current);
        decorate?.Invoke(this);
        Y = top;
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
    public void Text(string text, PdfFont font, SKColor color, float x, float top, TextAnchor anchor = TextAnchor.Left)
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

    /// <summary>A straight line from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>).</summary>
    public void Line(Stroke stroke, float x1, float y1, float x2, float y2) =>
        current.Add(canvas => canvas.Canvas.DrawLine(x1, y1, x2, y2, canvas.Line(stroke)));

    /// <summary>The outline of <paramref name="rect"/>.</summary>
    public void Frame(SKRect rect, Stroke stroke) => current.Add(canvas => canvas.Canvas.DrawRect(rect, canvas.Line(stroke)));

    /// <summary><paramref name="rect"/> filled with <paramref name="color"/>.</summary>
    public void Fill(SKRect rect, SKColor color) => current.Add(canvas => canvas.Canvas.DrawRect(rect, canvas.Fill(color)));

    /// <summary>Runs <paramref name="draw"/> with page <paramref name="index"/> (from 0) as the one drawn on.</summary>
    public void OnPage(int index, Action draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
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
                using var canvas = new PageCanvas(document.BeginPage(width, height), typefaces);
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

    /// <summary>One page being played onto Skia: its canvas, and the paints and fonts made for it once each.</summary>
    private sealed class PageCanvas(SKCanvas canvas, Dictionary<PdfFace, SKTypeface> typefaces) : IDisposable
    {
        private readonly Dictionary<PdfFont, SKFont> fonts = [];
        private readonly Dictionary<SKColor, SKPaint> fills = [];
        private readonly Dictionary<Stroke, SKPaint> lines = [];

        public SKCanvas Canvas => canvas;

        public SKFont Font(PdfFont font)
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
