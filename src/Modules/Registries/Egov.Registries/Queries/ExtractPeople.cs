using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Registries.Protection;

namespace Egov.Registries.Queries;

/// <summary>
/// People as an extract shows them: the resident number decrypted only to be written out masked as the pack masks
/// it, or in full when the requester asked for it; a company's business number in the pack's display form.
/// </summary>
internal sealed class ExtractPeople(ResidentNumbers numbers, CountryPack pack)
{
    private readonly PersonIdentifierFormat? personFormat = pack.People is { } people ? pack.Identifiers[people.Identifier] : null;
    private readonly PersonIdentifierFormat? businessFormat = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;

    public ExtractPerson Person(Resident resident, bool reveal) =>
        new(new ResidentId(resident.Id), resident.Name, resident.LatinName, resident.BirthDate, resident.Sex, Identifier(resident, reveal), resident.DiedOn);

    public string? Identifier(Resident resident, bool reveal)
    {
        var number = numbers.Decrypt(resident.NumberCipher);
        return reveal ? personFormat?.Format(number) : personFormat?.Mask(number);
    }

    public string BusinessNumber(Company company) => businessFormat?.Format(company.BusinessNumber) ?? company.BusinessNumber;
}
