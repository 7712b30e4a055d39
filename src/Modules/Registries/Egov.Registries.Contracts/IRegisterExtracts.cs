namespace Egov.Registries.Contracts;

/// <summary>
/// What a certificate shows, read from the registers in one go: about a person (the Documents module asks for the
/// sections its certificate needs), a property or a company. Each person whose entry appears is logged for their
/// access page: an owner on a land register transcript, a representative on a business certificate, too.
/// </summary>
public interface IRegisterExtracts
{
    /// <summary>The person's extract with the sections asked for, or null when the register has no such resident.</summary>
    /// <param name="person">Whom the certificate is about.</param>
    /// <param name="request">The sections, the language addresses are written in, and whether identifiers are shown in full.</param>
    /// <param name="purpose">Who reads and why (logged for the person and every relative or household member shown).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PersonExtract?> ReadPersonAsync(ResidentId person, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>A parcel's or building's register entry with its owners (past ones too) and encumbrances; null when unknown.</summary>
    /// <param name="entry">The parcel or building.</param>
    /// <param name="request">The language and whether owners' identifiers are shown in full (sections are ignored).</param>
    /// <param name="purpose">Who reads and why (logged for every resident owner shown).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PropertyExtract?> ReadPropertyAsync(PropertyRef entry, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>A company's business register entry with its current representatives; null when unknown.</summary>
    /// <param name="company">The company's id.</param>
    /// <param name="request">The language and whether representatives' identifiers are shown in full (sections are ignored).</param>
    /// <param name="purpose">Who reads and why (logged for every representative shown).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<CompanyExtract?> ReadCompanyAsync(Guid company, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// What a person holds now: the parcels and buildings they own a share of, and the companies they represent —
    /// so a person can ask for certificates about them, and a representative be recognised as one.
    /// </summary>
    /// <param name="person">The owner or representative.</param>
    /// <param name="language">A pack language: locations are written in it.</param>
    /// <param name="purpose">Who reads and why (logged for the person).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<Holdings> HoldingsAsync(ResidentId person, string language, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// The people a person may ask for certificates about as a household member or a relative: the other living
    /// members of their household, and their parents, current spouse and children.
    /// </summary>
    /// <param name="person">The person asking.</param>
    /// <param name="purpose">Who reads and why (logged for the person asking).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ClosePerson>> CloseToAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default);
}

/// <summary>Someone close to a person, and how.</summary>
/// <param name="Id">Their id.</param>
/// <param name="Name">Their registered name.</param>
/// <param name="BirthDate">Their date of birth.</param>
/// <param name="InHousehold">They live in the person's household.</param>
/// <param name="Relative">They are a parent, the current spouse or a child of the person.</param>
public sealed record ClosePerson(ResidentId Id, string Name, DateOnly BirthDate, bool InHousehold, bool Relative);

/// <summary>The sections of a person's extract.</summary>
[Flags]
public enum ExtractSections
{
    /// <summary>The person alone, with their current address.</summary>
    None = 0,

    /// <summary>The household and its members, the head first.</summary>
    Household = 1,

    /// <summary>Parents, spouse and children.</summary>
    Family = 2,

    /// <summary>Past addresses, newest first.</summary>
    AddressHistory = 4,
}

/// <summary>What an extract holds.</summary>
/// <param name="Sections">The sections wanted.</param>
/// <param name="Language">A pack language: addresses and region names are written in it.</param>
/// <param name="RevealIdentifiers">False: the private part of every identifier is masked as the pack masks it.</param>
public sealed record ExtractRequest(ExtractSections Sections, string Language, bool RevealIdentifiers);

/// <summary>A person's extract.</summary>
/// <param name="Person">The person.</param>
/// <param name="CurrentAddress">Where they live now, or null when no address is registered.</param>
/// <param name="PastAddresses">Earlier addresses, newest first (empty unless asked for).</param>
/// <param name="Household">The household, or null when not asked for or the person has none.</param>
/// <param name="Family">Parents, spouse and children (empty unless asked for), the generation above first.</param>
public sealed record PersonExtract(
    ExtractPerson Person, ExtractAddress? CurrentAddress, IReadOnlyList<ExtractAddress> PastAddresses,
    ExtractHousehold? Household, IReadOnlyList<ExtractRelative> Family);

/// <summary>A person as a certificate shows them.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Registered name.</param>
/// <param name="LatinName">Name in Latin letters, when registered.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex"><c>male</c> or <c>female</c>.</param>
/// <param name="Identifier">The personal identifier in the pack's display form, masked unless revealing was asked for.</param>
/// <param name="DiedOn">Date of death, when registered.</param>
public sealed record ExtractPerson(ResidentId Id, string Name, string? LatinName, DateOnly BirthDate, string Sex, string? Identifier, DateOnly? DiedOn);

/// <summary>An address with the dates of the stay.</summary>
/// <param name="Address">Written with the pack's template in the asked language.</param>
/// <param name="MovedInOn">Move-in date.</param>
/// <param name="MovedOutOn">Move-out date, for a past address.</param>
public sealed record ExtractAddress(string Address, DateOnly MovedInOn, DateOnly? MovedOutOn);

/// <summary>A household.</summary>
/// <param name="FormedOn">When it was formed.</param>
/// <param name="Members">Its living members, the head first, then by age.</param>
public sealed record ExtractHousehold(DateOnly FormedOn, IReadOnlyList<ExtractHouseholdMember> Members);

/// <summary>A household member and their relation to the head (<c>head</c>, <c>spouse</c>, <c>child</c>…).</summary>
/// <param name="Person">The member.</param>
/// <param name="RelationToHead">A relation code of the population files.</param>
public sealed record ExtractHouseholdMember(ExtractPerson Person, string? RelationToHead);

/// <summary>A relative, the relation said from the person's side.</summary>
/// <param name="Person">The relative.</param>
/// <param name="Relation"><c>parent</c>, <c>adoptive-parent</c>, <c>spouse</c>, <c>child</c> or <c>adopted-child</c>.</param>
public sealed record ExtractRelative(ExtractPerson Person, string Relation);
