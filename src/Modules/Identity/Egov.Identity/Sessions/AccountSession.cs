namespace Egov.Identity.Sessions;

/// <summary>
/// One signed-in browser, kept in the database so that every host copy sees at once when it ends (signed out,
/// revoked from another device, "sign out everywhere"). The session cookie carries only its id; the limits
/// (<see cref="Domain.SessionLimits"/>) still count from the cookie's own times.
/// </summary>
internal sealed class AccountSession
{
    public const int MethodsLength = 64;

    /// <summary>Random: it travels inside the encrypted session cookie and in the owner's revoke forms.</summary>
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Last request, kept to the minute (written at most once a minute).</summary>
    public DateTime LastSeenAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public SessionEndReason? EndReason { get; set; }

    /// <summary>Browser and system, e.g. "Chrome, Windows" (<see cref="DeviceLabel"/>).</summary>
    public string Device { get; set; } = "";

    /// <summary>The client's network, shortened (<see cref="SourceNetwork"/>); null when unknown.</summary>
    public string? SourceNetwork { get; set; }

    /// <summary>Authentication methods (RFC 8176 <c>amr</c> values), space-separated.</summary>
    public string Methods { get; set; } = "";

    /// <summary>The assurance level reached (<c>acr</c>).</summary>
    public string Level { get; set; } = "";

    /// <summary>Whether the session can still be used: not ended and within its limits for the account kind.</summary>
    public bool IsLive(DateTime now, (TimeSpan Absolute, TimeSpan Idle) limits) =>
        EndedAt is null && now - StartedAt <= limits.Absolute && now - LastSeenAt <= limits.Idle;
}

/// <summary>Why a session ended.</summary>
internal enum SessionEndReason
{
    /// <summary>The person signed out (the header's button, a partner's logout, a step-up that signs in again).</summary>
    SignedOut = 0,

    /// <summary>Ended from another session on the account page.</summary>
    Revoked = 1,

    /// <summary>"Sign out everywhere" on the account page.</summary>
    SignedOutEverywhere = 2,

    /// <summary>Past its overall or idle limit, noticed on its next request.</summary>
    Expired = 3,

    /// <summary>The same browser signed in again, which replaces its cookie.</summary>
    Replaced = 4,
}
