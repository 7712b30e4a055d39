using Egov.Platform.Events;

namespace Egov.Registries.Contracts;

// Life events as the population register publishes them, once each, through its outbox. They carry ids and
// dates, not personal details: a module that needs more asks IResidentDirectory, naming its purpose.

/// <summary>A birth was registered.</summary>
/// <param name="Child">The newborn.</param>
/// <param name="Parents">The registered parents (one or two).</param>
/// <param name="BornOn">Date of birth.</param>
/// <param name="RegionCode">The region where the child is registered (the household's), if any.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record ChildBorn(ResidentId Child, IReadOnlyList<ResidentId> Parents, DateOnly BornOn, string? RegionCode, long Sequence) : IIntegrationEvent;

/// <summary>A death was registered.</summary>
/// <param name="Resident">The person who died.</param>
/// <param name="DiedOn">Date of death.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record PersonDied(ResidentId Resident, DateOnly DiedOn, long Sequence) : IIntegrationEvent;

/// <summary>A resident moved in at a new address (전입 in Korea).</summary>
/// <param name="Resident">The resident.</param>
/// <param name="RegionCode">The new address's region.</param>
/// <param name="MovedInOn">Effective date of the move.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record AddressChanged(ResidentId Resident, string RegionCode, DateOnly MovedInOn, long Sequence) : IIntegrationEvent;

/// <summary>A marriage was registered.</summary>
/// <param name="Spouse1">One spouse.</param>
/// <param name="Spouse2">The other.</param>
/// <param name="MarriedOn">Effective date.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record Married(ResidentId Spouse1, ResidentId Spouse2, DateOnly MarriedOn, long Sequence) : IIntegrationEvent;

/// <summary>A divorce was registered.</summary>
/// <param name="Spouse1">One former spouse.</param>
/// <param name="Spouse2">The other.</param>
/// <param name="DivorcedOn">Effective date.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record Divorced(ResidentId Spouse1, ResidentId Spouse2, DateOnly DivorcedOn, long Sequence) : IIntegrationEvent;

/// <summary>A resident's registered name changed (by court permission, naturalisation…).</summary>
/// <param name="Resident">The resident.</param>
/// <param name="ChangedOn">Effective date.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record NameChanged(ResidentId Resident, DateOnly ChangedOn, long Sequence) : IIntegrationEvent;

/// <summary>
/// A resident's entry was corrected: it was wrong from the start (a clerical error), unlike a change, which holds
/// from its date. Whatever was certified from the wrong entry no longer stands.
/// </summary>
/// <param name="Resident">The resident whose entry was corrected.</param>
/// <param name="Fields">What was corrected (<c>name</c>, <c>latinName</c>).</param>
/// <param name="CorrectedOn">When the correction was recorded, in the country's calendar.</param>
/// <param name="Sequence">The event's position in the register's change feed.</param>
public sealed record EntryCorrected(ResidentId Resident, IReadOnlyList<string> Fields, DateOnly CorrectedOn, long Sequence) : IIntegrationEvent;
