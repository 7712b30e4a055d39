using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Egov.Documents.Credentials;

/// <summary>
/// JWS compact serialization with ES256 (RFC 7515, RFC 7518 §3.4: the signature is r‖s, 32 bytes each), written by
/// hand: one buffer, one hash, one signature, so issuing costs little more than the ECDSA operation itself.
/// </summary>
internal static class CompactJws
{
    private const int SignatureLength = 64;

    // Status list credentials carry up to 16 KB of compressed bits; anything far larger is not ours.
    private const int MaximumLength = 256 * 1024;

    public static string SignEs256(ReadOnlySpan<byte> headerJson, ReadOnlySpan<byte> payloadJson, ECDsa key)
    {
        var signedLength = Base64Url.GetEncodedLength(headerJson.Length) + 1 + Base64Url.GetEncodedLength(payloadJson.Length);
        var total = signedLength + 1 + Base64Url.GetEncodedLength(SignatureLength);
        var rented = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var token = rented.AsSpan(0, total);
            var at = Base64Url.EncodeToUtf8(headerJson, token);
            token[at++] = (byte)'.';
            at += Base64Url.EncodeToUtf8(payloadJson, token[at..]);
            token[at++] = (byte)'.';
            Span<byte> signature = stackalloc byte[SignatureLength];
            key.SignData(token[..signedLength], signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            Base64Url.EncodeToUtf8(signature, token[at..]);
            return Encoding.ASCII.GetString(token);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The three parts decoded, or null when the text is not a compact JWS with a 64-byte signature.</summary>
    public static ParsedJws? Parse(string? token)
    {
        if (token is null || token.Length > MaximumLength)
        {
            return null;
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || token.IndexOf('.', second + 1) >= 0)
        {
            return null;
        }

        var header = Decode(token.AsSpan(0, first));
        var payload = Decode(token.AsSpan(first + 1, second - first - 1));
        var signature = Decode(token.AsSpan(second + 1));
        return header is null || payload is null || signature is not { Length: SignatureLength }
            ? null
            : new ParsedJws(header, payload, signature, Encoding.ASCII.GetBytes(token, 0, second));
    }

    /// <summary>Strict base64url: the bytes, or null on anything but the bare alphabet of a valid length.</summary>
    public static byte[]? Decode(ReadOnlySpan<char> part)
    {
        // The .NET decoder skips whitespace and accepts padding; JWS and multibase allow neither, and a signature
        // covers the characters, so only the bare alphabet is read.
        foreach (var c in part)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return null;
            }
        }

        // Length 4k + 1 is never base64url; the decoder throws on it rather than saying so.
        if (part.Length % 4 == 1)
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        return Base64Url.TryDecodeFromChars(part, bytes, out var written) ? bytes[..written] : null;
    }
}

internal sealed class ParsedJws(byte[] header, byte[] payload, byte[] signature, byte[] signingInput)
{
    public byte[] Header { get; } = header;

    public byte[] Payload { get; } = payload;

    public bool VerifyEs256(ECDsa key) =>
        key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
}
