namespace Egov.Platform.Packs;

/// <summary>
/// A private sign-in service the platform accepts through OpenID Connect (<c>pack.yaml</c>
/// <c>brokeredProviders</c>), the way Korea accepts private certificates (Kakao, Naver, PASS…).
/// </summary>
/// <param name="Id">Pack-unique id (<c>pass</c>): part of the callback path and of the stored link.</param>
/// <param name="Names">Button label per language.</param>
/// <param name="Authority">The provider's issuer; its discovery document is read from there.</param>
/// <param name="ClientId">The platform's client id at the provider.</param>
/// <param name="ClientSecretSetting">The configuration key holding the client secret, which never sits in a pack.</param>
/// <param name="Scopes">Scopes asked for (<c>openid</c> among them).</param>
/// <param name="Assurance">The level the platform trusts the provider's sign-in at: <c>aal1</c> or <c>aal2</c>.</param>
/// <param name="Proofing">How the provider's claims name the resident, when it may proof a person; null otherwise.</param>
public sealed record BrokeredProvider(
    string Id,
    IReadOnlyDictionary<string, string> Names,
    Uri Authority,
    string ClientId,
    string ClientSecretSetting,
    IReadOnlyList<string> Scopes,
    string Assurance,
    BrokeredProofing? Proofing);

/// <summary>The claims of a proofing provider that carry the person's identifier and registered name.</summary>
/// <param name="IdentifierClaim">Claim with the person identifier in the pack's format.</param>
/// <param name="NameClaim">Claim with the registered name.</param>
public sealed record BrokeredProofing(string IdentifierClaim, string NameClaim);
