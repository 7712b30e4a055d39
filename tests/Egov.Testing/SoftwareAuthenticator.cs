using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Egov.Testing;

/// <summary>
/// A WebAuthn authenticator in software, for tests and benchmarks: one ECDSA P-256 credential (COSE ES256),
/// <c>none</c> attestation, flags UP|UV (and AT when registering), a signature counter. It answers the
/// options a server sends with the JSON a browser would post (<c>PublicKeyCredential.toJSON()</c>), and lets
/// a test bend any part of it: origin, challenge, counter, key, credential id.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte BackupEligible = 0x08;
    private const byte AttestedCredentialData = 0x40;

    public SoftwareAuthenticator(string origin, byte[]? credentialId = null, bool backupEligible = false)
    {
        Origin = origin;
        CredentialId = credentialId ?? RandomNumberGenerator.GetBytes(16);
        IsBackupEligible = backupEligible;
    }

    /// <summary>The page origin the "browser" writes into the client data, e.g. <c>http://localhost</c>.</summary>
    public string Origin { get; set; }

    public byte[] CredentialId { get; }

    public bool IsBackupEligible { get; }

    /// <summary>The key that signs; replace it to sign with a key the server does not know.</summary>
    public ECDsa Key { get; set; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The counter the next assertion carries (then incremented); set it back to play a cloned key.</summary>
    public uint SignCount { get; set; } = 1;

    /// <summary>The account's user handle, learnt at registration (or set to claim another account).</summary>
    public byte[]? UserHandle { get; set; }

    /// <summary>The credential public key as COSE_Key (kty EC2, alg ES256, crv P-256, x, y) in CTAP2 canonical CBOR.</summary>
    public byte[] CosePublicKey()
    {
        var point = Key.ExportParameters(includePrivateParameters: false).Q;
        var writer = new CborWriter(CborConformanceMode.Ctap2Canonical);
        writer.WriteStartMap(5);
        writer.WriteInt32(1);
        writer.WriteInt32(2);
        writer.WriteInt32(3);
        writer.WriteInt32(-7);
        writer.WriteInt32(-1);
        writer.WriteInt32(1);
        writer.WriteInt32(-2);
        writer.WriteByteString(point.X!);
        writer.WriteInt32(-3);
        writer.WriteByteString(point.Y!);
        writer.WriteEndMap();
        return writer.Encode();
    }

    /// <summary>Answers <c>navigator.credentials.create</c> options (JSON) with a new credential.</summary>
    public string Register(string creationOptionsJson)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        var rpId = (string)options["rp"]!["id"]!;
        UserHandle = Base64Url.DecodeFromChars((string)options["user"]!["id"]!);
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!);

        var credentialKey = CosePublicKey();
        var attested = new byte[16 + 2 + CredentialId.Length + credentialKey.Length];
        BinaryPrimitives.WriteUInt16BigEndian(attested.AsSpan(16), (ushort)CredentialId.Length);
        CredentialId.CopyTo(attested, 18);
        credentialKey.CopyTo(attested, 18 + CredentialId.Length);
        byte[] authenticatorData = [.. AuthenticatorData(rpId, AttestedCredentialData, 0), .. attested];

        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();

        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Answers <c>navigator.credentials.get</c> options (JSON): signs their challenge for their rp id.</summary>
    public string SignIn(string requestOptionsJson)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        return SignFor((string)options["rpId"]!, (string)options["challenge"]!);
    }

    /// <summary>An assertion over any rp id and challenge (base64url), as <see cref="SignIn"/> makes it.</summary>
    public string SignFor(string rpId, string challenge)
    {
        var clientData = ClientData("webauthn.get", challenge);
        var authenticatorData = AuthenticatorData(rpId, 0, SignCount++);
        byte[] signed = [.. authenticatorData, .. SHA256.HashData(clientData)];
        var signature = Key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = UserHandle is null ? null : Base64Url.EncodeToString(UserHandle),
        });
    }

    public void Dispose() => Key.Dispose();

    private byte[] ClientData(string type, string challenge) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        type,
        challenge,
        origin = Origin,
        crossOrigin = false,
    }));

    private byte[] AuthenticatorData(string rpId, byte extraFlags, uint signCount)
    {
        var data = new byte[37];
        SHA256.HashData(Encoding.UTF8.GetBytes(rpId)).CopyTo(data, 0);
        data[32] = (byte)(UserPresent | UserVerified | (IsBackupEligible ? BackupEligible : 0) | extraFlags);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), signCount);
        return data;
    }

    private string Credential(JsonObject response)
    {
        var id = Base64Url.EncodeToString(CredentialId);
        return new JsonObject
        {
            ["id"] = id,
            ["rawId"] = id,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["clientExtensionResults"] = new JsonObject(),
            ["response"] = response,
        }.ToJsonString();
    }
}
