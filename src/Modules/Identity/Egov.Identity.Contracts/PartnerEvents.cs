namespace Egov.Identity.Contracts;

/// <summary>An administrator changed a partner client of the platform's OpenID Connect provider.</summary>
/// <param name="ClientId">The partner's client id.</param>
/// <param name="Change">What was done.</param>
/// <param name="ByAccountId">The administrator's account.</param>
/// <param name="At">When (UTC).</param>
public sealed record PartnerClientChanged(string ClientId, PartnerClientChange Change, Guid ByAccountId, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;

/// <summary>What an administrator did to a partner client.</summary>
public enum PartnerClientChange
{
    /// <summary>Registered: the partner may now use the provider.</summary>
    Registered = 0,

    /// <summary>Its names, addresses, grants, scopes or subject type changed.</summary>
    Updated = 1,

    /// <summary>A new client secret replaced the old one, which no longer works.</summary>
    SecretRotated = 2,

    /// <summary>Disabled: it can no longer sign people in or get tokens; its registration is kept.</summary>
    Disabled = 3,

    /// <summary>Enabled again after being disabled.</summary>
    Enabled = 4,

    /// <summary>Deleted, with its consents and tokens.</summary>
    Deleted = 5,
}
