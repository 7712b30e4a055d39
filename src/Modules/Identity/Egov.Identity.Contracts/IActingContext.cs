namespace Egov.Identity.Contracts;

/// <summary>
/// Who is at the keyboard and on whose behalf, for the current request. Modules inject it to decide whose
/// data a page shows and whether the delegation covers their service. The delegation was re-checked against
/// the registers and the powers of attorney when the request arrived: an expired or revoked power, or a child
/// come of age, has already ended the acting.
/// </summary>
public interface IActingContext
{
    /// <summary>The signed-in person, or null for an anonymous request.</summary>
    Actor? Actor { get; }

    /// <summary>
    /// Whose affairs the request concerns: the person represented while acting on behalf, otherwise the actor's
    /// own resident record; null when nobody is signed in or the account has no resident record.
    /// </summary>
    Party? Subject { get; }

    /// <summary>How the actor may act for <see cref="Subject"/>; null when acting for oneself.</summary>
    DelegationKind? Kind { get; }

    /// <summary>True while acting on behalf of someone else.</summary>
    bool IsActingOnBehalf { get; }

    /// <summary>
    /// Whether the actor may use the service with this code (a code of the pack's delegation catalogue) for
    /// <see cref="Subject"/>: always for oneself, a child or a company represented; for a power of attorney,
    /// only for the services it names; never when nobody is signed in.
    /// </summary>
    bool Allows(string serviceCode);
}

/// <summary>The signed-in person.</summary>
/// <param name="AccountId">Their account.</param>
/// <param name="ResidentId">Their resident record in the registers, or null (officials, accounts not yet proofed).</param>
/// <param name="Name">Name to show.</param>
public sealed record Actor(Guid AccountId, Guid? ResidentId, string Name)
{
    /// <summary>True for an official's account (bound to a post, never to a resident record): pages for citizens tell them so.</summary>
    public bool IsOfficial { get; init; }

    /// <summary>For an official, the agency they serve (a code of the pack's agency table); null for everyone else.</summary>
    public string? AgencyCode { get; init; }
}

/// <summary>A person or a company whose affairs are handled.</summary>
/// <param name="Kind">Resident or company.</param>
/// <param name="Id">Their id in the registers (<c>ResidentId</c> or <c>CompanyId</c>).</param>
/// <param name="Name">Registered name.</param>
public sealed record Party(PartyKind Kind, Guid Id, string Name)
{
    /// <summary>The stable reference used in audit entries and events: <c>resident:&lt;id&gt;</c> or <c>company:&lt;id&gt;</c>.</summary>
    public string Reference => $"{(Kind == PartyKind.Company ? "company" : "resident")}:{Id}";
}

/// <summary>What a party is in the registers.</summary>
public enum PartyKind
{
    /// <summary>A person of the population register.</summary>
    Resident = 0,

    /// <summary>A company of the business register.</summary>
    Company = 1,
}

/// <summary>Why one person may act for another.</summary>
public enum DelegationKind
{
    /// <summary>A parent for their minor child, from the registers' family relations, until the child comes of age.</summary>
    Guardian = 0,

    /// <summary>A power of attorney the represented person granted, for named services, until a date.</summary>
    PowerOfAttorney = 1,

    /// <summary>A registered representative of a company, while the register says so.</summary>
    CompanyRepresentative = 2,
}
