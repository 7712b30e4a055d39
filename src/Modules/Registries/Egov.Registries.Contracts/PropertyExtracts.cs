namespace Egov.Registries.Contracts;

/// <summary>Property kinds of the real-estate register.</summary>
public static class PropertyKinds
{
    public const string Parcel = "parcel";

    public const string Building = "building";
}

/// <summary>A parcel or a building of the real-estate register.</summary>
/// <param name="Kind"><see cref="PropertyKinds.Parcel"/> or <see cref="PropertyKinds.Building"/>.</param>
/// <param name="Id">Its stable id.</param>
public sealed record PropertyRef(string Kind, Guid Id);

/// <summary>A property's register entry, as a land register transcript or a building ledger shows it.</summary>
/// <param name="Property">Which property.</param>
/// <param name="Location">The parcel's regions and lot number, in the asked language.</param>
/// <param name="LandCategory">The parcel's land category (a pack code).</param>
/// <param name="LandAreaM2">The parcel's area.</param>
/// <param name="Building">The building's details, when the property is a building.</param>
/// <param name="Owners">Every ownership share, past and present, in the order they were acquired.</param>
/// <param name="Encumbrances">Every right registered against it, cancelled ones included, in the order registered.</param>
public sealed record PropertyExtract(
    PropertyRef Property, string Location, string LandCategory, decimal LandAreaM2, ExtractBuilding? Building,
    IReadOnlyList<ExtractOwnership> Owners, IReadOnlyList<ExtractEncumbrance> Encumbrances);

/// <summary>A building's details.</summary>
/// <param name="Name">Its name, when it has one.</param>
/// <param name="Use">Its use (a pack code).</param>
/// <param name="Floors">Floors above ground.</param>
/// <param name="FloorAreaM2">Total floor area.</param>
/// <param name="CompletedOn">Date of completion, when known.</param>
public sealed record ExtractBuilding(string? Name, string Use, int Floors, decimal FloorAreaM2, DateOnly? CompletedOn);

/// <summary>An ownership share.</summary>
/// <param name="Owner">The owner when a resident (null for a company).</param>
/// <param name="OwnerName">The owner's registered name.</param>
/// <param name="OwnerIdentifier">A resident's identifier (masked unless revealing was asked for) or a company's business number.</param>
/// <param name="ShareNumerator">Share held, numerator.</param>
/// <param name="ShareDenominator">Share held, denominator.</param>
/// <param name="AcquiredOn">Date acquired.</param>
/// <param name="Cause">Why: a cause code of the register (<c>sale</c>, <c>inheritance</c>…).</param>
/// <param name="DisposedOn">Date it passed to someone else; null while held.</param>
public sealed record ExtractOwnership(
    ResidentId? Owner, string OwnerName, string? OwnerIdentifier, int ShareNumerator, int ShareDenominator, DateOnly AcquiredOn, string Cause, DateOnly? DisposedOn);

/// <summary>A right registered against a property.</summary>
/// <param name="Kind">A kind code of the register (<c>mortgage</c>, <c>lease_right</c>, <c>seizure</c>).</param>
/// <param name="Amount">The amount secured, in the pack currency's smallest whole unit.</param>
/// <param name="Creditor">Who holds the right.</param>
/// <param name="RegisteredOn">Date registered.</param>
/// <param name="CancelledOn">Date cancelled, when it was.</param>
public sealed record ExtractEncumbrance(string Kind, long Amount, string Creditor, DateOnly RegisteredOn, DateOnly? CancelledOn);

/// <summary>A company's business register entry.</summary>
/// <param name="Id">Its stable id.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="BusinessNumber">Its business identifier in the pack's display form.</param>
/// <param name="Address">Its registered address in the asked language, when it has one.</param>
/// <param name="FoundedOn">Date it opened, when known.</param>
/// <param name="ClosedOn">Date it closed, when it did.</param>
/// <param name="Representatives">Its current representatives.</param>
public sealed record CompanyExtract(
    Guid Id, string Name, string BusinessNumber, string? Address, DateOnly? FoundedOn, DateOnly? ClosedOn, IReadOnlyList<ExtractRepresentative> Representatives);

/// <summary>A company's representative.</summary>
/// <param name="Person">The resident.</param>
/// <param name="Since">Since when, when known.</param>
public sealed record ExtractRepresentative(ExtractPerson Person, DateOnly? Since);

/// <summary>What a person holds now.</summary>
/// <param name="Properties">Parcels and buildings they own a share of.</param>
/// <param name="Companies">Companies they represent.</param>
public sealed record Holdings(IReadOnlyList<HeldProperty> Properties, IReadOnlyList<HeldCompany> Companies)
{
    public static Holdings None { get; } = new([], []);
}

/// <summary>A property held, named for a choice list.</summary>
/// <param name="Property">Which.</param>
/// <param name="Location">Where, in the asked language.</param>
/// <param name="Name">The building's name, when it has one.</param>
public sealed record HeldProperty(PropertyRef Property, string Location, string? Name);

/// <summary>A company represented, named for a choice list.</summary>
/// <param name="Id">Its stable id.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="BusinessNumber">Its business identifier in the pack's display form.</param>
public sealed record HeldCompany(Guid Id, string Name, string BusinessNumber);
