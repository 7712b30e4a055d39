using System.Formats.Cbor;
using System.Text.Json.Nodes;
using Egov.Documents.Rendering;

namespace Egov.Documents.Credentials;

/// <summary>What the QR code of a document states, before signing.</summary>
/// <param name="Facts">The facts as issued; the payload carries only a digest of them (the page shows them in full).</param>
/// <param name="Summary">What a verifier's app shows offline, most important first: the end is dropped when it does not fit.</param>
internal sealed record OfflineDocument(
    string DocumentNumber,
    string TypeCode,
    DateTimeOffset IssuedAt,
    DateTimeOffset VerifiableUntil,
    JsonNode Facts,
    IReadOnlyList<LabelledValue> Summary);

/// <summary>What a verified QR payload states.</summary>
/// <param name="FactsDigest">The first 16 bytes of SHA-256 over the facts in RFC 8785 canonical form.</param>
/// <param name="SummaryTruncated">Lines were dropped from the end of the summary to fit the QR code.</param>
internal sealed record OfflineClaims(
    string DocumentNumber,
    string TypeCode,
    DateTimeOffset IssuedAt,
    DateTimeOffset VerifiableUntil,
    string Issuer,
    byte[] FactsDigest,
    IReadOnlyList<LabelledValue> Summary,
    bool SummaryTruncated);

/// <summary>
/// The claims as a CBOR map with small integer keys (a byte each). The keys are a published format: printed
/// documents carry them for years, so a key is never reused for another meaning; new claims take new keys.
/// </summary>
internal static class OfflineClaimsCbor
{
    private const int Number = 1;
    private const int Type = 2;
    private const int IssuedAt = 3;
    private const int VerifiableUntil = 4;
    private const int Issuer = 5;
    private const int FactsDigest = 6;
    private const int Summary = 7;
    private const int Truncated = 8;

    public static byte[] Write(OfflineClaims claims)
    {
        var cbor = new CborWriter(CborConformanceMode.Canonical);
        cbor.WriteStartMap(claims.SummaryTruncated ? 8 : 7);
        cbor.WriteInt32(Number);
        cbor.WriteTextString(claims.DocumentNumber);
        cbor.WriteInt32(Type);
        cbor.WriteTextString(claims.TypeCode);
        cbor.WriteInt32(IssuedAt);
        cbor.WriteInt64(claims.IssuedAt.ToUnixTimeSeconds());
        cbor.WriteInt32(VerifiableUntil);
        cbor.WriteInt64(claims.VerifiableUntil.ToUnixTimeSeconds());
        cbor.WriteInt32(Issuer);
        cbor.WriteTextString(claims.Issuer);
        cbor.WriteInt32(FactsDigest);
        cbor.WriteByteString(claims.FactsDigest);
        cbor.WriteInt32(Summary);
        cbor.WriteStartArray(claims.Summary.Count);
        foreach (var line in claims.Summary)
        {
            cbor.WriteStartArray(2);
            cbor.WriteTextString(line.Label);
            cbor.WriteTextString(line.Value);
            cbor.WriteEndArray();
        }

        cbor.WriteEndArray();
        if (claims.SummaryTruncated)
        {
            cbor.WriteInt32(Truncated);
            cbor.WriteBoolean(true);
        }

        cbor.WriteEndMap();
        return cbor.Encode();
    }

    /// <summary>The claims, or null when a required one is missing or of the wrong kind.</summary>
    public static OfflineClaims? Read(byte[] bytes)
    {
        try
        {
            var cbor = new CborReader(bytes);
            var count = cbor.ReadStartMap() ?? -1;
            string? number = null, type = null, issuer = null;
            long? issuedAt = null, until = null;
            byte[]? digest = null;
            List<LabelledValue>? summary = null;
            var truncated = false;
            for (var i = 0; i < count; i++)
            {
                switch (cbor.ReadInt32())
                {
                    case Number: number = cbor.ReadTextString(); break;
                    case Type: type = cbor.ReadTextString(); break;
                    case IssuedAt: issuedAt = cbor.ReadInt64(); break;
                    case VerifiableUntil: until = cbor.ReadInt64(); break;
                    case Issuer: issuer = cbor.ReadTextString(); break;
                    case FactsDigest: digest = cbor.ReadByteString(); break;
                    case Summary: summary = ReadSummary(cbor); break;
                    case Truncated: truncated = cbor.ReadBoolean(); break;
                    default: cbor.SkipValue(); break;
                }
            }

            cbor.ReadEndMap();
            return number is null || type is null || issuer is null || issuedAt is null || until is null || digest is null || summary is null
                || cbor.BytesRemaining != 0
                ? null
                : new OfflineClaims(number, type, DateTimeOffset.FromUnixTimeSeconds(issuedAt.Value), DateTimeOffset.FromUnixTimeSeconds(until.Value),
                    issuer, digest, summary, truncated);
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static List<LabelledValue> ReadSummary(CborReader cbor)
    {
        var count = cbor.ReadStartArray() ?? throw new CborContentException("The summary has no length.");
        var lines = new List<LabelledValue>(count);
        for (var i = 0; i < count; i++)
        {
            if (cbor.ReadStartArray() != 2)
            {
                throw new CborContentException("A summary line is not a [label, value] pair.");
            }

            lines.Add(new LabelledValue(cbor.ReadTextString(), cbor.ReadTextString()));
            cbor.ReadEndArray();
        }

        cbor.ReadEndArray();
        return lines;
    }
}
