using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Egov.Identity.Oidc;

/// <summary>
/// The <c>sub</c> each partner sees: an HMAC of the partner and the account under a platform secret, so a
/// person has a stable id at each partner but two partners cannot match their records by it.
/// </summary>
internal sealed class PairwiseSubjects(OidcSecrets secrets)
{
    private readonly Lazy<byte[]> secret = new(() => secrets.GetOrCreate("pairwise-1", Data.OidcKeyUse.Pairwise, () => RandomNumberGenerator.GetBytes(32)));

    public string For(string clientId, Guid accountId) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(secret.Value, Encoding.UTF8.GetBytes($"{clientId}|{accountId:N}")));
}
