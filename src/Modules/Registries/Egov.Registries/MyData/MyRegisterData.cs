using Egov.Registries.Domain;

namespace Egov.Registries.MyData;

/// <summary>Everything the registers hold about one person, as their "my data" page shows it.</summary>
internal sealed record MyRegisterData(
    PersonFacts Person,
    AddressStay? CurrentAddress,
    IReadOnlyList<AddressStay> PastAddresses,
    IReadOnlyList<HouseholdMember> Household,
    IReadOnlyList<Relative> Family,
    IReadOnlyList<PropertyHeld> Properties,
    IReadOnlyList<CompanyRepresented> Companies);

/// <summary>The person's own entry; <see cref="MaskedNumber"/> never holds the full identifier.</summary>
internal sealed record PersonFacts(
    string Name, string? LatinName, DateOnly BirthDate, string Sex, string Nationality, string Status, DateOnly? DiedOn, string? MaskedNumber);

/// <summary>A stay at an address, the address written with the pack's template in the reader's language.</summary>
internal sealed record AddressStay(string Address, DateOnly MovedInOn, DateOnly? MovedOutOn);

/// <summary>A member of the person's household and their relation to its head (a code of the population files).</summary>
internal sealed record HouseholdMember(string Name, DateOnly BirthDate, string? RelationToHead, bool IsThePerson);

/// <summary>A parent, child or spouse; <see cref="Relation"/> is said from the person's side.</summary>
internal sealed record Relative(string Name, DateOnly BirthDate, RelativeKind Relation, bool IsAlive, DateOnly? Since, DateOnly? Until);

/// <summary>How a relative is related to the person.</summary>
/// <remarks>In the order the page lists them: the generation above, the person's own, the one below.</remarks>
internal enum RelativeKind
{
    Parent,
    AdoptiveParent,
    Spouse,
    FormerSpouse,
    Child,
    AdoptedChild,
}

/// <summary>A share of a parcel or building the person holds, with what is registered against the property.</summary>
internal sealed record PropertyHeld(
    string Kind, string Location, string? Name, string Category, decimal AreaM2, int ShareNumerator, int ShareDenominator,
    DateOnly AcquiredOn, string Cause, IReadOnlyList<EncumbranceOn> Encumbrances);

/// <summary>A right registered against a property and still in force.</summary>
internal sealed record EncumbranceOn(string Kind, long Amount, string Creditor, DateOnly RegisteredOn);

/// <summary>A company the person is a registered representative of.</summary>
internal sealed record CompanyRepresented(string Name, string BusinessNumber, bool IsActive, DateOnly? Since);

internal static class RelativeKinds
{
    public static RelativeKind ParentSide(string relation) =>
        relation == FamilyRelation.AdoptiveParent ? RelativeKind.AdoptiveParent : RelativeKind.Parent;

    public static RelativeKind ChildSide(string relation) =>
        relation == FamilyRelation.AdoptiveParent ? RelativeKind.AdoptedChild : RelativeKind.Child;
}
