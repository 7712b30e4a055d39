using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Egov.Testing;

/// <summary>
/// An authenticator app for tests outside Identity: reads the key a set-up page shows (Base32, RFC 4648) and
/// gives the current code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits). Written from the RFCs rather than
/// borrowed from Identity, so it checks the platform against the standard, not against itself.
/// </summary>
public static class AuthenticatorApp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] KeyFromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')))
        {
            value = (value << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    public static string CodeAt(byte[] key, DateTimeOffset time)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default, which every authenticator app uses.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
