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
