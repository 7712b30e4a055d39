namespace Egov.Documents.Credentials;

/// <summary>
/// Base45 (RFC 9285): two bytes in three characters of the QR alphanumeric set, which QR codes store at 5.5 bits a
/// character, against 8 in byte mode: the same payload takes about a fifth less of the code than base64 would.
/// </summary>
internal static class Base45
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length / 2 * 3) + (data.Length % 2 * 2)];
        var at = 0;
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            var n = (data[i] << 8) | data[i + 1];
            chars[at++] = Alphabet[n % 45];
            chars[at++] = Alphabet[n / 45 % 45];
            chars[at++] = Alphabet[n / 2025];
        }

        if (data.Length % 2 == 1)
        {
            chars[at++] = Alphabet[data[^1] % 45];
            chars[at] = Alphabet[data[^1] / 45];
        }

        return new string(chars);
    }

    /// <summary>The bytes, or null when the text is not Base45 (a character outside the alphabet, a value out of range).</summary>
    public static byte[]? Decode(ReadOnlySpan<char> text)
    {
        if (text.Length % 3 == 1)
        {
            return null;
        }

        var bytes = new byte[(text.Length / 3 * 2) + (text.Length % 3 == 2 ? 1 : 0)];
        var at = 0;
        for (var i = 0; i < text.Length; i += 3)
        {
            var c = Value(text[i]);
            var d = Value(text[i + 1]);
            if (i + 2 < text.Length)
            {
                var e = Value(text[i + 2]);
                var n = c + (d * 45) + (e * 2025);
                if (c < 0 || d < 0 || e < 0 || n > 0xFFFF)
                {
                    return null;
                }

                bytes[at++] = (byte)(n >> 8);
                bytes[at++] = (byte)n;
            }
            else
            {
                var n = c + (d * 45);
                if (c < 0 || d < 0 || n > 0xFF)
                {
                    return null;
                }

                bytes[at] = (byte)n;
            }
        }

        return bytes;
    }

    private static int Value(char c) => Alphabet.IndexOf(c, StringComparison.Ordinal);
}
