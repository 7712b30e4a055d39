using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Egov.Documents.TimeStamping;

/// <summary>
/// <see cref="ITimeStampAuthority"/> over the platform's own TSA in the same process: the same request and response
/// bytes as over HTTP (so the token is checked exactly as a remote one would be), without the network.
/// </summary>
internal sealed class InProcessTimeStampAuthority(LocalTimeStampAuthority authority) : ITimeStampAuthority
{
    public async Task<byte[]> TimeStampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var request = Rfc3161TimestampRequest.CreateFromData(
            data.Span, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: RandomNumberGenerator.GetBytes(8));
        var response = await authority.RespondAsync(request.Encode(), cancellationToken)
            ?? throw new InvalidOperationException("The time-stamp authority did not understand its own request.");
        // Checks status, hash, nonce and that the token's signer certificate is included and is the one that signed.
        var token = request.ProcessResponse(response, out _);
        return token.AsSignedCms().Encode();
    }
}
