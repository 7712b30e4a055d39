using Egov.Registries.Domain;

namespace Egov.Registries.Queries;

/// <summary>What an official sees of one resident: the person, where they live and lived, with whom, their family and history.</summary>
internal sealed record ResidentRecord(
    Resident Resident,
    string? MaskedNumber,
    IReadOnlyList<RelatedPerson> Household,
    IReadOnlyList<RelatedPerson> Family,
    IReadOnlyList<(Residence Stay, Address Address)> Residences,
    IReadOnlyList<LifeEvent> Events)
{
    public RelatedPerson? CurrentSpouse => Family.FirstOrDefault(f => f.Relation == FamilyRelation.Spouse && f.Until is null);
}

/// <summary>Another resident as seen from the record: their relation (a household relation or a family one) and since when.</summary>
internal sealed record RelatedPerson(Guid Id, string Name, DateOnly BirthDate, bool IsAlive, string Relation, DateOnly? Since, DateOnly? Until);

/// <summary>What a search by name and birth date found: the residents listed, and whether there were more.</summary>
internal sealed record ResidentMatches(IReadOnlyList<ResidentMatch> Found, bool More);

/// <summary>One resident a search found, with enough to tell namesakes apart; the number masked.</summary>
internal sealed record ResidentMatch(Guid Id, string Name, DateOnly BirthDate, string Sex, string Status, string? RegionCode, string? MaskedNumber);
