using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Egov.Identity.Oidc;

/// <summary>
/// The <c>sub</c> each partner sees: an HMAC of the partner and the account under a platform secret, so a
/// person has a stable id at each partner but two partners cannot match their records by it. A partner
/// registered with the public subject type sees the account id instead: the same at every such partner, by
/// the administrator's choice, and never the resident number.
/// </summary>
internal sealed class PairwiseSubjects(OidcSecrets secrets)
{
    private readonly Lazy<byte[]> secret = new(() => secrets.GetOrCreate("pairwise-1", Data.OidcKeyUse.Pairwise, () => RandomNumberGenerator.GetBytes(32)));

    public string For(string clientId, Guid accountId, PartnerSubjectType type) =>
        type == PartnerSubjectType.Public ? accountId.ToString() : For(clientId, accountId);

    public string For(string clientId, Guid accountId) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(secret.Value, Encoding.UTF8.GetBytes($"{clientId}|{accountId:N}")));
}
