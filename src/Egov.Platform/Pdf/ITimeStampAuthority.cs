namespace Egov.Platform.Pdf;

/// <summary>
/// A time-stamp authority as a signer sees it: proof from a third party that some data existed at a time. PAdES B-T
/// stamps the signature value, so a signature stays provably made while the signing certificate was valid.
/// </summary>
public interface ITimeStampAuthority
{
    /// <summary>
    /// An RFC 3161 TimeStampToken (a DER ContentInfo holding CMS SignedData over a TSTInfo) for the SHA-256 hash of
    /// <paramref name="data"/>, with the TSA's certificate in it.
    /// </summary>
    Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}
