using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Domain;

/// <summary>
/// A person's or an official's way into the platform. A citizen's account is bound to a resident record
/// after identity proofing; an official's to a post. Personal identifiers are never stored here: the
/// registers hold them, the account holds the resident's opaque id.
/// </summary>
internal sealed class Account : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; }

    /// <summary>The proofed resident behind the account (<c>ResidentId</c> in the registers), or null before proofing.</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>Name shown in the header and on consent pages.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>Who an account belongs to; each kind has its own session limits and services.</summary>
internal enum AccountKind
{
    Citizen = 0,
    BusinessRepresentative = 1,
    Official = 2,
}
