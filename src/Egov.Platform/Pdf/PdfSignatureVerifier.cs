using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Egov.Platform.Pdf;

/// <summary>
/// Checks an uploaded PDF the platform signed: its last signature must cover every byte of the file but its own value (an
/// incremental update appended after signing can change what a reader shows), verify, and chain to one of the
/// platform's roots for document signing; a time-stamp, if any, must cover the signature and chain for time-stamping.
/// Never throws on what it is given: bad input is <see cref="PdfCheckOutcome.NotAPdf"/>.
/// </summary>
public sealed class PdfSignatureVerifier(IReadOnlyList<X509Certificate2> trustedRoots, TimeProvider time)
{
    private static readonly Oid DocumentSigning = new("1.3.6.1.5.5.7.3.36");
    private static readonly Oid TimeStamping = new("1.3.6.1.5.5.7.3.8");

    /// <summary>What <paramref name="pdf"/>'s last signature proves; never throws on what it is given.</summary>
    public PdfCheck Check(ReadOnlySpan<byte> pdf)
    {
        if (!PdfBytes.LooksLikePdf(pdf))
        {
            return new PdfCheck(PdfCheckOutcome.NotAPdf, null, null, null);
        }

        var slot = PdfSignatureSlot.FindLast(pdf);
        if (slot is null)
        {
            return new PdfCheck(PdfCheckOutcome.Unsigned, PdfBytes.DocumentNumber(pdf), null, null);
        }

        var signed = slot.SignedBytes(pdf);
        var number = PdfBytes.DocumentNumber(signed);
        var contents = slot.Contents(pdf);
        if (contents is null || !slot.CoversWholeFile(pdf.Length))
        {
            return new PdfCheck(PdfCheckOutcome.Tampered, number, null, null);
        }

        SignerInfo signer;
        try
        {
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(contents);
            signer = cms.SignerInfos.Count == 1 ? cms.SignerInfos[0] : throw new CryptographicException("Not one signer.");
            signer.CheckSignature(verifySignatureOnly: true);
            var certificate = signer.Certificate ?? throw new CryptographicException("No signer certificate.");
            var stamp = TimeStampOf(signer, cms.Certificates);
            if (stamp is { Valid: false })
            {
                return new PdfCheck(PdfCheckOutcome.Tampered, number, null, certificate.Subject);
            }

            // Checked at the time-stamp when there is one: a certificate since expired still made a good signature.
            var at = stamp?.Time ?? time.GetUtcNow();
            var trusted = Chains(certificate, cms.Certificates, DocumentSigning, at)
                && (stamp is null || Chains(stamp.Certificate!, cms.Certificates, TimeStamping, stamp.Time));
            return new PdfCheck(trusted ? PdfCheckOutcome.Valid : PdfCheckOutcome.UntrustedSigner, number, stamp?.Time, certificate.Subject);
        }
        catch (CryptographicException)
        {
            return new PdfCheck(PdfCheckOutcome.Tampered, number, null, null);
        }
    }

    private static StampCheck? TimeStampOf(SignerInfo signer, X509Certificate2Collection certificates)
    {
        var attribute = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>()
            .FirstOrDefault(a => a.Oid.Value == CmsAttributes.SignatureTimeStamp.Value);
        if (attribute is null)
        {
            return null;
        }

        if (attribute.Values.Count != 1 || !Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _)
            || !token.VerifySignatureForSignerInfo(signer, out var tsa, certificates))
        {
            return new StampCheck(false, default, null);
        }

        return new StampCheck(true, token.TokenInfo.Timestamp, tsa);
    }

    private bool Chains(X509Certificate2 certificate, X509Certificate2Collection extra, Oid usage, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        // The platform's CA publishes no revocation lists; a withdrawn document is revoked in the register instead.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ApplicationPolicy.Add(usage);
        return chain.Build(certificate);
    }

    private sealed record StampCheck(bool Valid, DateTimeOffset Time, X509Certificate2? Certificate);
}
