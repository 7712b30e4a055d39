using System.IO.Compression;
using System.Security.Cryptography;
using Egov.Documents.Rendering;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <summary>What verifying a QR payload found; <see cref="Claims"/> is set once the signature holds.</summary>
internal sealed record OfflineVerification(VerificationOutcome Outcome, OfflineClaims? Claims = null);

/// <summary>
/// The QR code's payload, verifiable with no network: the claims as CBOR, signed as COSE_Sign1 with the Credentials
/// key, zlib-deflated, Base45-encoded behind <see cref="Prefix"/>. Every character is in the QR alphanumeric set,
/// and the whole always fits a version 20 code at error correction M, small enough to scan from a phone-printed page.
/// </summary>
internal static class OfflinePayload
{
    public const string Prefix = "EGOV1:";

    /// <summary>
    /// Alphanumeric capacity of a version 20 QR code at error correction level M (ISO/IEC 18004 table 7: 669 data
    /// codewords, less the mode and 11-bit count indicators, at 11 bits per two characters).
    /// </summary>
    public const int MaximumLength = 970;

    // Inflation guard: the largest payload that fits is under 650 bytes compressed; far more is a bomb, not ours.
    private const int MaximumInflated = 16 * 1024;

    public static string Encode(OfflineDocument document, string issuerDid, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        var claims = new OfflineClaims(document.DocumentNumber, document.TypeCode, document.IssuedAt, document.VerifiableUntil,
            issuerDid, FactsDigest(document.Facts), document.Summary, SummaryTruncated: false);
        var whole = Seal(claims, key);
        if (whole.Length <= MaximumLength)
        {
            return whole;
        }

        // The longest head of the summary that fits, found by a binary search over measurements with a placeholder
        // signature (no ECDSA operation per try); the chosen text is then signed and measured for real, since
        // deflate may place the real signature's bytes a byte or two differently.
        for (var kept = LongestFittingHead(claims, document.Summary, key.KeyId); kept >= 0; kept--)
        {
            var text = Seal(Trimmed(claims, document.Summary, kept), key);
            if (text.Length <= MaximumLength)
            {
                return text;
            }
        }

        throw new InvalidOperationException("The payload does not fit a QR code even without its summary.");
    }

    public static OfflineVerification Verify(string? text, TrustedIssuer issuer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length > 4 * MaximumLength
            || Base45.Decode(text.AsSpan(Prefix.Length)) is not { } compressed
            || Inflate(compressed) is not { } cose
            || CoseSign1.Read(cose) is not { } message
            || OfflineClaimsCbor.Read(message.Payload) is not { } claims)
        {
            return new(VerificationOutcome.Malformed);
        }

        // The issuer claim only chooses whose keys to try: the signature below must still hold under one of ours.
        var key = claims.Issuer == issuer.Did ? issuer.Find(message.KeyId) : null;
        if (key is null)
        {
            return new(VerificationOutcome.UnknownKey);
        }

        if (!message.Verify(key))
        {
            return new(VerificationOutcome.BadSignature);
        }

        return new(now > claims.VerifiableUntil ? VerificationOutcome.Expired : VerificationOutcome.Valid, claims);
    }

    /// <summary>The first 16 bytes of SHA-256 over the RFC 8785 form of the facts: binds the QR to the full record.</summary>
    public static byte[] FactsDigest(System.Text.Json.Nodes.JsonNode facts) => SHA256.HashData(CanonicalJson.Serialize(facts))[..16];

    private static int LongestFittingHead(OfflineClaims claims, IReadOnlyList<LabelledValue> summary, string keyId)
    {
        var longest = 0;
        for (int low = 0, high = summary.Count - 1; low <= high;)
        {
            var kept = (low + high) / 2;
            var measured = Text(CoseSign1.Placeholder(OfflineClaimsCbor.Write(Trimmed(claims, summary, kept)), keyId));
            if (measured.Length <= MaximumLength)
            {
                longest = kept;
                low = kept + 1;
            }
            else
            {
                high = kept - 1;
            }
        }

        return longest;
    }

    private static OfflineClaims Trimmed(OfflineClaims claims, IReadOnlyList<LabelledValue> summary, int kept) =>
        claims with { Summary = summary.Take(kept).ToArray(), SummaryTruncated = true };

    private static string Seal(OfflineClaims claims, SigningKey key) =>
        Text(CoseSign1.Sign(OfflineClaimsCbor.Write(claims), key.KeyId, key.PrivateKey));

    private static string Text(byte[] cose)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(cose);
        }

        return Prefix + Base45.Encode(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
    }

    private static byte[]? Inflate(byte[] compressed)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[MaximumInflated + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = zlib.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length > MaximumInflated ? null : buffer[..length];
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
