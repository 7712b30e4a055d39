using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <summary>
/// What every credential the platform signs shares (W3C VC Data Model 2.0 secured as VC-JWT by VC-JOSE-COSE): the
/// envelope properties, the JOSE header, and the signing.
/// </summary>
internal static class CredentialJson
{
    public const string Context = "https://www.w3.org/ns/credentials/v2";
    public const string MediaType = "vc+jwt";

    // Facts are Korean text mostly: written as UTF-8 rather than \uXXXX escapes (half the size). The token is
    // base64url-encoded JSON, never embedded in HTML, so the HTML-safe escaping of the default encoder buys nothing.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Utf8JsonWriter Writer(IBufferWriter<byte> buffer) => new(buffer, WriterOptions);

    /// <summary>Opens the credential object and writes its envelope; the caller writes the rest and closes it.</summary>
    public static void WriteEnvelope(
        Utf8JsonWriter json, string id, string type, string issuer, DateTimeOffset validFrom, DateTimeOffset validUntil)
    {
        json.WriteStartObject();
        json.WriteStartArray("@context");
        json.WriteStringValue(Context);
        json.WriteEndArray();
        json.WriteString("id", id);
        json.WriteStartArray("type");
        json.WriteStringValue("VerifiableCredential");
        json.WriteStringValue(type);
        json.WriteEndArray();
        json.WriteString("issuer", issuer);
        json.WriteString("validFrom", Timestamp(validFrom));
        json.WriteString("validUntil", Timestamp(validUntil));
    }

    /// <summary>Signs the credential as a VC-JWT with the Credentials key; the <c>kid</c> is the DID's verification method.</summary>
    public static string Sign(ReadOnlySpan<byte> credential, string issuerDid, SigningKey key)
    {
        // A document-signing or CA key must never sign credentials: verifiers resolve only the DID's keys anyway,
        // so such a credential would be issued and then never verify.
        if (key.Ring.Purpose != KeyPurpose.CredentialSigning)
        {
            throw new ArgumentException($"{key.KeyId} is not a credential-signing key.", nameof(key));
        }

        var header = new ArrayBufferWriter<byte>(128);
        using (var json = Writer(header))
        {
            json.WriteStartObject();
            json.WriteString("alg", "ES256");
            json.WriteString("typ", MediaType);
            json.WriteString("kid", TrustedIssuer.Kid(issuerDid, key.KeyId));
            json.WriteEndObject();
        }

        return CompactJws.SignEs256(header.WrittenSpan, credential, key.PrivateKey);
    }

    /// <summary>A JSON string's value, or null when the node is absent or not a string.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>XML Schema dateTimeStamp in UTC to the second, as VC 2.0 asks for validFrom and validUntil.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The credential type of a catalog code: <c>resident-registration</c> → <c>ResidentRegistrationCredential</c>.</summary>
    public static string TypeName(string typeCode)
    {
        var name = new StringBuilder(typeCode.Length + 10);
        foreach (var part in typeCode.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return name.Append("Credential").ToString();
    }
}
