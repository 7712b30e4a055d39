using System.Numerics;
using System.Security.Cryptography;
using Egov.Documents.Pdf;
using Egov.Documents.TimeStamping;
using Egov.Platform.Pdf;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Documents.Tests.Pdf;

/// <summary>Rendered and signed certificates for the signature tests, with the platform's TSA in process.</summary>
internal static class SignedCertificates
{
    public static readonly DateTimeOffset SignedAt = new(2026, 12, 6, 1, 42, 30, TimeSpan.Zero);

    /// <summary>A policy OID under 2.25 (ITU-T X.667, UUID-based): what a deployment without its own arc uses.</summary>
    public static readonly Oid Policy = new("2.25." + new BigInteger(Guid.Parse("6f1d2a52-0f3c-4f7e-9a51-5c3e8b1d7a44").ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true));

    public static LocalTimeStampAuthority Tsa(TestKeys keys) => new(keys, new FakeTimeProvider(SignedAt.AddSeconds(2)), Policy);

    public static Task<byte[]> SignAsync(bool timeStamped, TestKeys? keys = null)
    {
        keys ??= TestKeys.Instance;
        var document = CertificatePdf.Render(SampleCertificates.KoreanHousehold(), SampleCertificates.DocumentNumber, SignedAt);
        var tsa = timeStamped ? new InProcessTimeStampAuthority(Tsa(keys)) : null;
        return new PadesSigner(new FakeTimeProvider(SignedAt)).SignAsync(document, keys.DocumentSigning, tsa, TestContext.Current.CancellationToken);
    }
}
