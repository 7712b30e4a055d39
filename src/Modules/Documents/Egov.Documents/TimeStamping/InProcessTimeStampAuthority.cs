using System.Security.Cryptography;
using Egov.Platform.Pdf;

namespace Egov.Documents.TimeStamping;

/// <summary>
/// <see cref="ITimeStampAuthority"/> over the platform's own TSA in the same process: the token the HTTP endpoint would
/// grant for a SHA-256 request with certReq (the TSA's certificate inside, as PAdES B-T wants), without the request
/// and response around it. Nothing crosses a network, so there is no response to check (its status, a nonce, which
/// key signed): decoding the token again only to find what was just encoded cost ~1 ms of every time-stamped
/// document. The tests check the tokens it returns as a relying party would.
/// </summary>
internal sealed class InProcessTimeStampAuthority(LocalTimeStampAuthority authority) : ITimeStampAuthority
{
    public Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        authority.TokenAsync(CmsAttributes.Sha256.Value!, SHA256.HashData(data.Span), nonce: null, includeCertificate: true, cancellationToken);
}
