using System.Buffers;
using System.Text.Json.Nodes;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <summary>
/// A revocation status list published as a VC-JWT (Bitstring Status List v1.0 §2.2), signed by the same Credentials
/// key as the credentials that point at it, so one DID document verifies both.
/// </summary>
internal sealed class StatusListCredential(Uri publicBaseUrl)
{
    public string Did { get; } = IssuerDid.FromBaseUrl(publicBaseUrl);

    /// <param name="validUntil">Short: verifiers cache the list until then, so revocation shows within that time.</param>
    public string Issue(long listNumber, BitstringStatusList list, DateTimeOffset validFrom, DateTimeOffset validUntil, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(list);
        var url = StatusPosition.ListUrl(publicBaseUrl, listNumber);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = CredentialJson.Writer(buffer))
        {
            CredentialJson.WriteEnvelope(json, url, "BitstringStatusListCredential", Did, validFrom, validUntil);
            json.WriteStartObject("credentialSubject");
            json.WriteString("id", url + "#list");
            json.WriteString("type", "BitstringStatusList");
            json.WriteString("statusPurpose", "revocation");
            json.WriteString("encodedList", list.Encode());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return CredentialJson.Sign(buffer.WrittenSpan, Did, key);
    }

    /// <summary>The revocation list a verified status list credential carries, or null when it carries none.</summary>
    public static BitstringStatusList? ReadList(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential["type"] is JsonArray types && types.Any(t => CredentialJson.Text(t) == "BitstringStatusListCredential")
            && credential["credentialSubject"] is JsonObject subject
            && CredentialJson.Text(subject["type"]) == "BitstringStatusList" && CredentialJson.Text(subject["statusPurpose"]) == "revocation"
                ? BitstringStatusList.Decode(CredentialJson.Text(subject["encodedList"]))
                : null;
    }
}
