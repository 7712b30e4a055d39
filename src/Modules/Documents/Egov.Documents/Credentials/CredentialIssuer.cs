using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Platform.Keys;

namespace Egov.Documents.Credentials;

/// <param name="DocumentId">Becomes the credential id, <c>urn:uuid:…</c>.</param>
/// <param name="TypeCode">The catalog code; the credential type is its PascalCase + <c>Credential</c>.</param>
/// <param name="Facts">What the document attests, as issued (masked when issued masked): the credentialSubject's claims.</param>
/// <param name="Status">The document's revocation bit (<see cref="StatusPosition.OfSequence"/>).</param>
/// <param name="SubjectId">The subject's identifier when it has one fit to disclose (a DID); never a resident number.</param>
internal sealed record CredentialRequest(
    Guid DocumentId,
    string TypeCode,
    string DocumentNumber,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    JsonObject Facts,
    StatusPosition Status,
    string? SubjectId = null);

/// <summary>
/// Issues a document as a W3C verifiable credential (VC 2.0 as VC-JWT): the holder's wallet copy, verifiable against
/// the platform's DID document, revocable through the status list it points at.
/// </summary>
internal sealed class CredentialIssuer(Uri publicBaseUrl)
{
    public string Did { get; } = IssuerDid.FromBaseUrl(publicBaseUrl);

    public string Issue(CredentialRequest request, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(key);
        if (request.SubjectId is not null && request.Facts.ContainsKey("id"))
        {
            throw new ArgumentException("The facts name an \"id\" and so does the request: the subject can have only one.", nameof(request));
        }

        var listUrl = request.Status.ListUrl(publicBaseUrl);
        var index = request.Status.Index.ToString(CultureInfo.InvariantCulture);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = CredentialJson.Writer(buffer))
        {
            CredentialJson.WriteEnvelope(json, "urn:uuid:" + request.DocumentId.ToString("D"), CredentialJson.TypeName(request.TypeCode),
                Did, request.ValidFrom, request.ValidUntil);
            json.WriteString("documentNumber", request.DocumentNumber);
            json.WriteStartObject("credentialSubject");
            if (request.SubjectId is not null)
            {
                json.WriteString("id", request.SubjectId);
            }

            foreach (var (name, value) in request.Facts)
            {
                json.WritePropertyName(name);
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    value.WriteTo(json);
                }
            }

            json.WriteEndObject();
            json.WriteStartObject("credentialStatus");
            json.WriteString("id", listUrl + "#" + index);
            json.WriteString("type", "BitstringStatusListEntry");
            json.WriteString("statusPurpose", "revocation");
            json.WriteString("statusListIndex", index);
            json.WriteString("statusListCredential", listUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return CredentialJson.Sign(buffer.WrittenSpan, Did, key);
    }
}
