using System.Buffers.Text;
using System.Text;

namespace Egov.Platform.Web;

/// <summary>
/// One page of a list API. The cursor is opaque to clients (the last key, base64url-encoded): pages stay
/// stable while rows are added, and a client can never jump to an arbitrary offset of a national table.
/// </summary>
/// <param name="Items">This page's items, in key order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Encodes and decodes the opaque cursors of <see cref="CursorPage{T}"/>.</summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string Encode(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));

    /// <summary>Returns the key after which the page starts, or null for a cursor that is not one of ours.</summary>
    public static bool TryDecode(string? cursor, out string? lastKey)
    {
        lastKey = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            lastKey = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Takes one page from a sequence ordered by <paramref name="key"/>.</summary>
    public static CursorPage<T> Page<T>(IEnumerable<T> ordered, Func<T, string> key, string? afterKey, int limit)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rest = afterKey is null ? ordered : ordered.Where(i => string.CompareOrdinal(key(i), afterKey) > 0);
        var items = rest.Take(limit + 1).ToList();
        return items.Count > limit
            ? new CursorPage<T>(items[..limit], Encode(key(items[limit - 1])))
            : new CursorPage<T>(items, null);
    }
}
