using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Egov.Documents.Credentials;

/// <param name="Credential">The credential (the JWT payload) once the signature holds; null otherwise.</param>
/// <param name="Status">Where its revocation bit is, for the caller to check; null when it has none.</param>
internal sealed record CredentialVerification(
    VerificationOutcome Outcome, JsonObject? Credential = null, string? KeyId = null, CredentialStatusReference? Status = null);

/// <param name="ListCredential">The status list credential's URL (statusListCredential).</param>
/// <param name="Index">The bit in its list (statusListIndex).</param>
internal sealed record CredentialStatusReference(string ListCredential, int Index);

/// <summary>
/// Checks a VC-JWT against the issuer's published keys: the header, the key, the signature, then the credential's
/// issuer and validity. Never throws on what it is handed: anything that is not a credential of ours is Malformed.
/// Revocation is the caller's: it fetches the status list the result points at.
/// </summary>
internal sealed class CredentialVerifier(TimeProvider time)
{
    // Host copies' clocks differ a little: a credential fetched by another machine the moment it is issued is not "not yet valid".
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public CredentialVerification Verify(string? token, TrustedIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var jws = CompactJws.Parse(token);
        var kid = jws is null ? null : ReadKid(jws.Header);
        if (jws is null || kid is null)
        {
            return new(VerificationOutcome.Malformed);
        }

        var key = issuer.FindByKid(kid);
        if (key is null)
        {
            return new(VerificationOutcome.UnknownKey);
        }

        if (!jws.VerifyEs256(key))
        {
            return new(VerificationOutcome.BadSignature);
        }

        var keyId = kid[(issuer.Did.Length + 1)..];
        if (ParseObject(jws.Payload) is not { } credential
            || !IsCredentialOf(credential, issuer.Did)
            || !TryTime(credential["validFrom"], out var validFrom)
            || !TryTime(credential["validUntil"], out var validUntil)
            || !TryReadStatus(credential["credentialStatus"], out var status))
        {
            return new(VerificationOutcome.Malformed, KeyId: keyId);
        }

        var now = time.GetUtcNow();
        var outcome = validFrom is { } from && now + ClockSkew < from ? VerificationOutcome.NotYetValid
            : validUntil is { } until && now > until ? VerificationOutcome.Expired
            : VerificationOutcome.Valid;
        return new(outcome, credential, keyId, status);
    }

    private static string? ReadKid(byte[] header)
    {
        try
        {
            using var json = JsonDocument.Parse(header);
            var root = json.RootElement;
            // "crit" names extensions a verifier must understand (RFC 7515 §4.1.11); this one understands none.
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("alg", out var alg) && alg.ValueEquals("ES256")
                && root.TryGetProperty("typ", out var typ) && typ.ValueEquals(CredentialJson.MediaType)
                && !root.TryGetProperty("crit", out _)
                && root.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    ? kid.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject? ParseObject(byte[] payload)
    {
        try
        {
            return JsonNode.Parse(payload) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsCredentialOf(JsonObject credential, string did) =>
        credential["@context"] is JsonArray { Count: > 0 } context && CredentialJson.Text(context[0]) == CredentialJson.Context
        && credential["type"] is JsonArray types && types.Any(t => CredentialJson.Text(t) == "VerifiableCredential")
        && (CredentialJson.Text(credential["issuer"]) ?? CredentialJson.Text((credential["issuer"] as JsonObject)?["id"])) == did
        && credential["credentialSubject"] is JsonObject or JsonArray;

    private static bool TryTime(JsonNode? node, out DateTimeOffset? value)
    {
        value = null;
        if (node is null)
        {
            return true;
        }

        if (CredentialJson.Text(node) is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryReadStatus(JsonNode? node, out CredentialStatusReference? status)
    {
        status = null;
        JsonNode?[]? entries = node switch
        {
            null => [],
            JsonObject entry => [entry],
            JsonArray array => [.. array],
            _ => null,
        };
        if (entries is null)
        {
            return false;
        }

        foreach (var entry in entries.OfType<JsonObject>())
        {
            if (CredentialJson.Text(entry["type"]) != "BitstringStatusListEntry" || CredentialJson.Text(entry["statusPurpose"]) != "revocation")
            {
                continue;
            }

            if (CredentialJson.Text(entry["statusListCredential"]) is not { } list
                || !int.TryParse(CredentialJson.Text(entry["statusListIndex"]), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return false;
            }

            status = new(list, index);
        }

        return true;
    }
}
