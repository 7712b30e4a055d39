namespace Egov.Registries.Contracts;

/// <summary>
/// What other modules may ask the population and business registers. Identity uses it to proof a person
/// (number + name, then a code to the phone on record) and to know whom a person may act for. Every call
/// that reads personal data names the caller's purpose, which the registers log for the person to see.
/// </summary>
public interface IResidentDirectory
{
    /// <summary>
    /// The living resident whose identifier and name both match, or null (no hint which one did not). A lookup
    /// that matches nobody is logged too, without what was typed, so probing shows in the log.
    /// </summary>
    /// <param name="personalIdentifier">The identifier as typed, in the pack's format (e.g. <c>900101-1234568</c>).</param>
    /// <param name="name">The name as registered, in the pack's default script.</param>
    /// <param name="purpose">Why the caller asks (logged).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<ResidentSummary?> FindByIdentifierAndNameAsync(string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// The resident with this identifier, living or not, or null; logged like the lookup above. For counters and
    /// operators who have already checked the person's identity document.
    /// </summary>
    Task<ResidentSummary?> FindByIdentifierAsync(string personalIdentifier, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>One resident by id, or null.</summary>
    Task<ResidentSummary?> GetAsync(ResidentId id, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// For identity proofing: the living resident whose identifier and name both match, with the mobile phone on
    /// record where one-time codes are sent, or null. One read, logged once whether it matches or not, so neither
    /// the answer nor the time it takes tells a stranger that a resident exists.
    /// </summary>
    Task<ResidentContact?> FindContactAsync(string personalIdentifier, string name, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// The mobile phone on record (E.164) for the resident with this id, or null when none is recorded or nobody has the id;
    /// logged as a read of contact details. For offering a person their own number where they choose how to be reached.
    /// </summary>
    Task<string?> PhoneOnRecordAsync(ResidentId id, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>The person's children who are minors on <paramref name="asOf"/>, by the pack's age of majority.</summary>
    Task<IReadOnlyList<ResidentSummary>> MinorChildrenAsync(ResidentId parent, DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person's spouse (the marriage still open, or ended by the death), parents and children, living or not, as the
    /// registers record them; empty for an unknown person. For deciding who may act on a family member's death.
    /// </summary>
    Task<IReadOnlyList<Relative>> RelativesAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>The companies the person is a registered representative of.</summary>
    Task<IReadOnlyList<CompanySummary>> CompaniesRepresentedByAsync(ResidentId representative, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>The registered representatives of a company, or an empty list for an unknown company.</summary>
    Task<IReadOnlyList<ResidentSummary>> RepresentativesOfAsync(CompanyId company, DataPurpose purpose, CancellationToken cancellationToken = default);
}

/// <summary>A resident's stable id in the registers: not their personal identifier, which never leaves the registers.</summary>
/// <param name="Value">Opaque value.</param>
public readonly record struct ResidentId(Guid Value);

/// <summary>A company's stable id in the business register.</summary>
/// <param name="Value">Opaque value.</param>
public readonly record struct CompanyId(Guid Value);

/// <summary>The few facts about a resident that other modules may hold.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Registered name in the pack's default script.</param>
/// <param name="LatinName">Name in Latin letters, when registered.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="IsAlive">False once a death is registered.</param>
public sealed record ResidentSummary(ResidentId Id, string Name, string? LatinName, DateOnly BirthDate, bool IsAlive);

/// <summary>A family member of a resident.</summary>
/// <param name="Person">The relative.</param>
/// <param name="Relation"><see cref="RelativeKinds"/>: what the relative is to the resident asked about.</param>
/// <param name="DiedOn">Date of death, or null while they live.</param>
public sealed record Relative(ResidentSummary Person, string Relation, DateOnly? DiedOn);

/// <summary>The codes of <see cref="Relative.Relation"/>.</summary>
public static class RelativeKinds
{
    /// <summary>Husband or wife.</summary>
    public const string Spouse = "spouse";

    /// <summary>Parent, by birth or adoption.</summary>
    public const string Parent = "parent";

    /// <summary>Child, by birth or adoption.</summary>
    public const string Child = "child";
}

/// <summary>A resident and how to reach them for a one-time code.</summary>
/// <param name="Resident">The resident.</param>
/// <param name="Phone">The mobile phone on record (E.164), or null when none is recorded.</param>
public sealed record ResidentContact(ResidentSummary Resident, string? Phone);

/// <summary>A registered company.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="BusinessNumber">The business registration number in the pack's format.</param>
/// <param name="Name">Registered name.</param>
/// <param name="IsActive">False once closed.</param>
public sealed record CompanySummary(CompanyId Id, string BusinessNumber, string Name, bool IsActive);

/// <summary>Who reads personal data and why: the registers log it for the person's "who looked at my data" page.</summary>
/// <param name="Actor">The reading account, official, client or component (<c>system:identity</c>).</param>
/// <param name="Purpose">A stable purpose code (e.g. <c>identity.proofing</c>).</param>
/// <param name="LegalBasis">The law or consent that allows the read.</param>
public sealed record DataPurpose(string Actor, string Purpose, string LegalBasis);
