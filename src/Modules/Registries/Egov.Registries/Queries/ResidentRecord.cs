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
