using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Egov.Platform.Keys;
using Egov.Platform.Pdf;

namespace Egov.Documents.TimeStamping;

/// <summary>
/// The platform's own RFC 3161 time-stamp authority, signing with the time-stamping ring's key (whose certificate
/// carries the critical timeStamping usage RFC 3161 demands). Time comes from <see cref="TimeProvider"/>, the
/// serial from the system's random generator, the policy from the operator (see the constructor).
/// </summary>
/// <param name="policy">
/// The TSA policy the tokens name. It must be an OID the operator controls: under the operator's own arc, or a
/// 2.25.&lt;UUID&gt; OID (ITU-T X.667), which needs no registration.
/// </param>
internal sealed class LocalTimeStampAuthority(IKeyStore keys, TimeProvider time, Oid policy)
{
    private const int Granted = 0;
    private const int Rejection = 2;

    /// <summary>id-ct-TSTInfo: what the SignedData of a time-stamp token contains.</summary>
    private static readonly Oid TstInfo = new("1.2.840.113549.1.9.16.1.4");

    private static readonly HashSet<string> Hashes = ["2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3"];

    private readonly Oid policy = IsOid(policy?.Value) ? policy! : throw new ArgumentException("The TSA policy must be a dotted OID.", nameof(policy));

    /// <summary>
    /// A DER TimeStampResp for a DER TimeStampReq: granted with a token, or a rejection (badAlg) for a hash other than
    /// SHA-2; null when the bytes are no TimeStampReq at all.
    /// </summary>
    public async Task<byte[]?> RespondAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        if (!Rfc3161TimestampRequest.TryDecode(request, out var decoded, out var consumed) || consumed != request.Length)
        {
            return null;
        }

        if (!Hashes.Contains(decoded.HashAlgorithmId.Value!) || decoded.HasExtensions)
        {
            // badAlg (bit 0) for a weak or unknown hash; unacceptedExtension (bit 16) for extensions we do not support.
            return Rejected(decoded.HasExtensions ? 16 : 0);
        }

        var token = await TokenAsync(decoded.HashAlgorithmId.Value!, decoded.GetMessageHash(), decoded.GetNonce(), decoded.RequestSignerCertificate, cancellationToken);
        return Response(Granted, token);
    }

    /// <summary>
    /// A DER TimeStampToken over <paramref name="messageHash"/>, made by <paramref name="hashAlgorithm"/> (an OID the
    /// caller has checked); <paramref name="nonce"/> and the certificate as the requester asked.
    /// </summary>
    public async Task<byte[]> TokenAsync(string hashAlgorithm, ReadOnlyMemory<byte> messageHash, ReadOnlyMemory<byte>? nonce, bool includeCertificate, CancellationToken cancellationToken)
    {
        var key = await keys.GetCurrentAsync(KeyRing.TimeStamping, cancellationToken);
        var info = TokenInfo(hashAlgorithm, messageHash.Span, nonce, time.GetUtcNow());
        var content = new SignedCms(new ContentInfo(TstInfo, info), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key.Certificate, key.PrivateKey)
        {
            DigestAlgorithm = CmsAttributes.Sha256,
            // RFC 3161 §2.4.1: the certificate only when certReq asks, and then nothing else is required.
            IncludeOption = includeCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(CmsAttributes.SigningCertificate(key.Certificate));
        content.ComputeSignature(signer, silent: true);
        return content.Encode();
    }

    private byte[] TokenInfo(string hashAlgorithm, ReadOnlySpan<byte> messageHash, ReadOnlyMemory<byte>? nonce, DateTimeOffset now)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            writer.WriteObjectIdentifier(policy.Value!);
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(hashAlgorithm);
                }

                writer.WriteOctetString(messageHash);
            }

            // 128 random bits: unique without a counter shared by every host copy.
            writer.WriteInteger(new BigInteger(RandomNumberGenerator.GetBytes(16), isUnsigned: true, isBigEndian: true));
            writer.WriteGeneralizedTime(now, omitFractionalSeconds: false);
            using (writer.PushSequence())
            {
                // The host clock is NTP-synchronised; one second is what we vouch for.
                writer.WriteInteger(1);
            }

            if (nonce is { } value)
            {
                writer.WriteInteger(value.Span);
            }
        }

        return writer.Encode();
    }

    private static byte[] Rejected(int failureBit)
    {
        var bits = new byte[(failureBit / 8) + 1];
        bits[failureBit / 8] = (byte)(0x80 >> (failureBit % 8));
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(Rejection);
                writer.WriteBitString(bits, unusedBitCount: 7 - (failureBit % 8));
            }
        }

        return writer.Encode();
    }

    private static byte[] Response(int status, byte[] token)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(status);
            }

            writer.WriteEncodedValue(token);
        }

        return writer.Encode();
    }

    private static bool IsOid(string? value)
    {
        try
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            writer.WriteObjectIdentifier(value ?? string.Empty);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
