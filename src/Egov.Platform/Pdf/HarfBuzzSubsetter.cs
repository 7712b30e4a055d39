using System.Runtime.InteropServices;

namespace Egov.Platform.Pdf;

/// <summary>
/// HarfBuzz's font subsetter (hb-subset), called in the native library the HarfBuzzSharp package ships: its managed
/// API does not wrap hb-subset, the library exports it. A subset keeps only the glyphs of the characters asked for,
/// renumbered, with their outlines, advance widths and cmap: a CJK face of ~20,000 glyphs becomes a few kilobytes.
/// </summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: TrueType instructions only matter on screens at small pixel sizes, not in print.</summary>
    private const uint NoHinting = 1;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    private const int DropTableTags = 3;

    /// <summary>Tables for shaping and vertical writing: certificates are set horizontally, one glyph per character.</summary>
    private static readonly string[] Dropped = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "kern", "morx", "vhea", "vmtx", "VORG", "gasp", "DSIG", "hdmx", "LTSH", "VDMX", "PCLT"];

    /// <summary>Opens a font file and prepares it for repeated subsetting; the face lives as long as the process.</summary>
    public static IntPtr Open(string path)
    {
        var blob = hb_blob_create_from_file_or_fail(path);
        if (blob == IntPtr.Zero)
        {
            throw new FileNotFoundException($"HarfBuzz could not read the font {path}.", path);
        }

        var face = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
        // Preprocessing builds the lookup accelerators once instead of on every subset.
        var prepared = hb_subset_preprocess(face);
        hb_face_destroy(face);
        return prepared;
    }

    /// <summary>The font program (TrueType bytes) holding only the glyphs of <paramref name="codePoints"/>.</summary>
    public static byte[] Subset(IntPtr face, IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        }

        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                hb_set_add(unicodes, (uint)codePoint);
            }

            var tags = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in Dropped)
            {
                hb_set_add(tags, (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]));
            }

            hb_subset_input_set_flags(input, NoHinting);
            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not subset the font.");
            }

            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr hb_blob_create_from_file_or_fail(string fileName);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_preprocess(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
