namespace Egov.Identity.Contracts;

/// <summary>A person signed in. Published for the Security module's risk models.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Methods">Authentication methods used (<c>pwd</c>, <c>otp</c>, <c>hwk</c>…, RFC 8176).</param>
/// <param name="AssuranceLevel">The level reached (<see cref="AssuranceLevels"/>).</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record SignInSucceeded(Guid AccountId, IReadOnlyList<string> Methods, string AssuranceLevel, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A sign-in attempt failed. The typed ID is not carried: only the account when it exists.</summary>
/// <param name="AccountId">The account the ID belongs to, or null when no account has it.</param>
/// <param name="LockedOut">True when the failure locked the account.</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record SignInFailed(Guid? AccountId, bool LockedOut, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A person proved to be a resident of the register and an account is now bound to that resident.</summary>
/// <param name="AccountId">The account, new or existing.</param>
/// <param name="Method">How: <c>sms</c> (number, name and a code to the phone on record) or <c>fed:&lt;provider&gt;</c>.</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record IdentityProofed(Guid AccountId, string Method, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>An account gained a way to sign in (a brokered provider linked, a passkey registered…).</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Method">The method: <c>fed:&lt;provider&gt;</c>, <c>hwk</c>, <c>otp</c>…</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record AuthenticationMethodAdded(Guid AccountId, string Method, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A person ended one of their other sessions from the account page (a lost phone, a shared computer).</summary>
/// <param name="AccountId">The account.</param>
/// <param name="SessionId">The session ended.</param>
/// <param name="SourceAddress">The client address of the session that did it, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record SessionRevoked(Guid AccountId, Guid SessionId, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A person ended every session of their account at once, the one they used included.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="SessionsEnded">How many sessions had not ended yet (the one used included).</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record SignedOutEverywhere(Guid AccountId, int SessionsEnded, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A person withdrew a partner app's access: its authorization and every token issued under it are revoked.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="ClientId">The partner app's client id.</param>
/// <param name="AuthorizationId">The authorization revoked.</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record ConnectedAppRevoked(Guid AccountId, string ClientId, string AuthorizationId, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>An account lost a way to sign in (a passkey removed…). Never the last one: the account keeps a method.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Method">The method, as in <see cref="AuthenticationMethodAdded"/>.</param>
/// <param name="SourceAddress">The client address, as seen behind trusted proxies.</param>
/// <param name="At">When (UTC).</param>
public sealed record AuthenticationMethodRemoved(Guid AccountId, string Method, string? SourceAddress, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;
