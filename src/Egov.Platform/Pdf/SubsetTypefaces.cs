using SkiaSharp;

namespace Egov.Platform.Pdf;

/// <summary>
/// The subset typefaces a thread has drawn its last documents with, kept by face and characters. Most faces of a
/// certificate draw the same characters in every document of a type (title, headings, column titles, issuer), so
/// the same subset comes back, and with it Skia's glyph cache for that typeface: a new typeface costs a HarfBuzz
/// subset, a FreeType face and the outline of every glyph loaded again when Skia's PDF device first draws it (~1 ms
/// of a certificate for its four faces). The faces that write names and addresses change with each document and
/// only pass through.
/// One list per thread, so a typeface is never disposed while another thread draws with it: a document takes its
/// typefaces and finishes with them inside <see cref="PdfPages.WritePdf"/>, on one thread, without awaiting.
/// </summary>
internal sealed class SubsetTypefaces
{
    /// <summary>Subsets kept per face and thread: a few document types in turn, and room for the ones passing through.</summary>
    private const int PerFace = 8;

    [ThreadStatic]
    private static SubsetTypefaces? ofThisThread;

    private readonly Dictionary<PdfFace, LinkedList<(int[] Characters, SKTypeface Typeface)>> kept = [];

    public static SubsetTypefaces OfThisThread => ofThisThread ??= new SubsetTypefaces();

    /// <summary>
    /// The subset of <paramref name="face"/> holding <paramref name="codePoints"/>, owned by this list: the caller draws
    /// with it and does not dispose it, until its next call for the same face at the latest.
    /// </summary>
    public SKTypeface Get(PdfFace face, IEnumerable<int> codePoints)
    {
        int[] characters = [.. codePoints.Order()];
        if (!kept.TryGetValue(face, out var subsets))
        {
            subsets = new();
            kept[face] = subsets;
        }

        for (var node = subsets.First; node is not null; node = node.Next)
        {
            if (node.Value.Characters.AsSpan().SequenceEqual(characters))
            {
                subsets.Remove(node);
                subsets.AddFirst(node);
                return node.Value.Typeface;
            }
        }

        var typeface = face.Subset(characters);
        subsets.AddFirst((characters, typeface));
        if (subsets.Count > PerFace)
        {
            subsets.Last!.Value.Typeface.Dispose();
            subsets.RemoveLast();
        }

        return typeface;
    }
}
