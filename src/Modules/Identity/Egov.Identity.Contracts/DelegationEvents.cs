namespace Egov.Identity.Contracts;

/// <summary>A resident granted another a power of attorney.</summary>
/// <param name="PowerId">The power of attorney.</param>
/// <param name="GrantorResidentId">Who granted it (the person represented).</param>
/// <param name="AgentResidentId">Who may now act.</param>
/// <param name="Services">The service codes it covers.</param>
/// <param name="ValidUntil">Last day it may be used.</param>
/// <param name="At">When (UTC).</param>
public sealed record DelegationGranted(Guid PowerId, Guid GrantorResidentId, Guid AgentResidentId, IReadOnlyList<string> Services, DateOnly ValidUntil, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A grantor revoked a power of attorney; acting under it ends at once.</summary>
/// <param name="PowerId">The power of attorney.</param>
/// <param name="GrantorResidentId">Who had granted it.</param>
/// <param name="AgentResidentId">Who may no longer act.</param>
/// <param name="RevokedByAccountId">The account that revoked it.</param>
/// <param name="At">When (UTC).</param>
public sealed record DelegationRevoked(Guid PowerId, Guid GrantorResidentId, Guid AgentResidentId, Guid RevokedByAccountId, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>A person acted on behalf of another person or a company: started, stopped, or did something for them.</summary>
/// <param name="ActorAccountId">The account at the keyboard.</param>
/// <param name="Kind">Guardian, power of attorney or company representative.</param>
/// <param name="Subject">The party represented (<see cref="Party.Reference"/>).</param>
/// <param name="Action">What was done (<c>identity.acting.start</c>, a module's action…).</param>
/// <param name="At">When (UTC).</param>
public sealed record DelegationUsed(Guid ActorAccountId, DelegationKind Kind, string Subject, string Action, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;
