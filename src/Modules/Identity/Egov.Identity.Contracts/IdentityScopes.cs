namespace Egov.Identity.Contracts;

/// <summary>Names partners and modules share with the platform's OpenID Connect provider.</summary>
public static class IdentityScopes
{
    /// <summary>Agency systems calling the once-only exchange API (client credentials).</summary>
    public const string RegistriesExchange = "registries.exchange";

    /// <summary>
    /// Agency systems following the registries' change feed of life events (client credentials). Its own scope, so a
    /// token for one-off questions cannot page through everyone's events, nor a follower's token ask about a person.
    /// </summary>
    public const string RegistriesFeed = "registries.feed";

    /// <summary>Reading the signed-in person's own certificates in a partner app.</summary>
    public const string Documents = "documents";

    /// <summary>
    /// Institutions (banks, schools, agencies) fetching the certificates citizens sent them (client credentials):
    /// only those sent to the calling client, never any other.
    /// </summary>
    public const string DocumentsReceive = "documents.receive";

    /// <summary>
    /// Agency systems submitting documents for e-approval in the name of one of their officials, and following their
    /// status (linked approval, client credentials): only the documents the calling client submitted.
    /// </summary>
    public const string ApprovalsSubmit = "approvals.submit";
}

/// <summary>Authentication assurance levels (NIST SP 800-63B), sent as the <c>acr</c> claim.</summary>
public static class AssuranceLevels
{
    /// <summary>One factor: a password.</summary>
    public const string Aal1 = "urn:egov:aal1";

    /// <summary>Two factors or a phishing-resistant key: passkey, password + TOTP, or a provider trusted at AAL2.</summary>
    public const string Aal2 = "urn:egov:aal2";

    /// <summary>
    /// The authorization policy a page or endpoint names to need <see cref="Aal2"/>
    /// (<c>[Authorize(Policy = AssuranceLevels.Aal2Policy)]</c> or <c>RequireAuthorization(AssuranceLevels.Aal2Policy)</c>).
    /// A person signed in with a password only is sent to the second factor and back; an anonymous one to sign in;
    /// an API caller whose token is below the level gets 403 with the OAuth step-up challenge (RFC 9470).
    /// </summary>
    public const string Aal2Policy = "egov.aal2";
}
