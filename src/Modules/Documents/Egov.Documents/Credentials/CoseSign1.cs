using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;

namespace Egov.Documents.Credentials;

/// <summary>
/// COSE_Sign1 (RFC 9052 §4.2) with ES256: tag 18, [protected {1: -7, 4: kid}, unprotected {}, payload, r‖s].
/// The algorithm and key id sit in the protected header, so they are covered by the signature.
/// </summary>
internal static class CoseSign1
{
    private const int AlgorithmLabel = 1;
    private const int KeyIdLabel = 4;
    private const int Es256 = -7;
    private const int SignatureLength = 64;
    private static readonly CborTag Tag = (CborTag)18;
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static byte[] Sign(byte[] payload, string keyId, ECDsa key)
    {
        var protectedHeader = ProtectedHeader(keyId);
        var signature = key.SignData(ToBeSigned(protectedHeader, payload), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return Message(protectedHeader, payload, signature);
    }

    /// <summary>
    /// The message with random bytes where the signature goes: the same size, and as incompressible as a signature,
    /// so measuring it costs no ECDSA operation. It verifies under no key.
    /// </summary>
    public static byte[] Placeholder(byte[] payload, string keyId) =>
        Message(ProtectedHeader(keyId), payload, RandomNumberGenerator.GetBytes(SignatureLength));

    private static byte[] ProtectedHeader(string keyId)
    {
        var header = new CborWriter(CborConformanceMode.Canonical);
        header.WriteStartMap(2);
        header.WriteInt32(AlgorithmLabel);
        header.WriteInt32(Es256);
        header.WriteInt32(KeyIdLabel);
        header.WriteByteString(Encoding.UTF8.GetBytes(keyId));
        header.WriteEndMap();
        return header.Encode();
    }

    private static byte[] Message(byte[] protectedHeader, byte[] payload, byte[] signature)
    {
        var message = new CborWriter();
        message.WriteTag(Tag);
        message.WriteStartArray(4);
        message.WriteByteString(protectedHeader);
        message.WriteStartMap(0);
        message.WriteEndMap();
        message.WriteByteString(payload);
        message.WriteByteString(signature);
        message.WriteEndArray();
        return message.Encode();
    }

    /// <summary>The message, or null when the bytes are not an ES256 COSE_Sign1 with a key id.</summary>
    public static CoseSign1Message? Read(byte[] bytes)
    {
        try
        {
            var reader = new CborReader(bytes);
            if (reader.PeekState() == CborReaderState.Tag && reader.ReadTag() != Tag)
            {
                return null;
            }

            if (reader.ReadStartArray() != 4)
            {
                return null;
            }

            var protectedHeader = reader.ReadByteString();
            reader.SkipValue();
            var payload = reader.ReadByteString();
            var signature = reader.ReadByteString();
            reader.ReadEndArray();
            var keyId = reader.BytesRemaining == 0 && signature.Length == SignatureLength ? ReadKeyId(protectedHeader) : null;
            return keyId is null ? null : new CoseSign1Message(protectedHeader, keyId, payload, signature);
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or OverflowException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? ReadKeyId(byte[] protectedHeader)
    {
        var reader = new CborReader(protectedHeader);
        var count = reader.ReadStartMap();
        int? algorithm = null;
        string? keyId = null;
        for (var i = 0; count is null ? reader.PeekState() != CborReaderState.EndMap : i < count; i++)
        {
            var label = reader.PeekState() is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger ? reader.ReadInt64() : SkipLabel(reader);
            if (label == AlgorithmLabel)
            {
                algorithm = reader.ReadInt32();
            }
            else if (label == KeyIdLabel)
            {
                keyId = Strict.GetString(reader.ReadByteString());
            }
            else
            {
                reader.SkipValue();
            }
        }

        reader.ReadEndMap();
        return algorithm == Es256 && reader.BytesRemaining == 0 ? keyId : null;
    }

    private static long? SkipLabel(CborReader reader)
    {
        reader.SkipValue();
        return null;
    }

    internal static byte[] ToBeSigned(byte[] protectedHeader, byte[] payload)
    {
        // Sig_structure (RFC 9052 §4.4): ["Signature1", protected, external_aad (empty), payload].
        var structure = new CborWriter();
        structure.WriteStartArray(4);
        structure.WriteTextString("Signature1");
        structure.WriteByteString(protectedHeader);
        structure.WriteByteString([]);
        structure.WriteByteString(payload);
        structure.WriteEndArray();
        return structure.Encode();
    }
}

internal sealed class CoseSign1Message(byte[] protectedHeader, string keyId, byte[] payload, byte[] signature)
{
    public string KeyId { get; } = keyId;

    public byte[] Payload { get; } = payload;

    public bool Verify(ECDsa key) => key.VerifyData(
        CoseSign1.ToBeSigned(protectedHeader, Payload), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
}
