using Egov.Registries.Domain;
using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// A population file and the register table its rows go to: the kind its register ids derive from
/// (<see cref="ImportContext.IdOf(string, long)"/>), the entity properties in the order the row mapper
/// returns their values, the set of the file's own ids (null for files without ids, whose rows are numbered by
/// line), and the properties with a unique index besides the id.
/// </summary>
internal sealed record ImportTarget(
    PopulationFile File, string Kind, Type Entity, IReadOnlyList<string> Properties, Func<ImportRow, object?[]?> Map, FileIdSet? Ids, params string[] Unique)
{
    /// <summary>Work on a whole batch once its rows are read and checked, before it is written; null when none.</summary>
    public Action<ReadBatch>? Seal { get; init; }

    public static IReadOnlyList<ImportTarget> All(ImportContext context)
    {
        var people = new PopulationRows(context);
        var property = new PropertyRows(context);
        const string Id = "Id", FileId = "FileId";
        return
        [
            new(PopulationFile.Addresses, "address", typeof(Address),
                [Id, FileId, nameof(Address.RegionCode), nameof(Address.PostalCode), nameof(Address.Road), nameof(Address.Building), nameof(Address.Detail)],
                people.Address, context.Addresses),
            new(PopulationFile.Households, "household", typeof(Household), [Id, FileId, nameof(Household.AddressId), nameof(Household.FormedOn)],
                people.Household, context.Households),
            new(PopulationFile.Residents, "resident", typeof(Resident),
                [Id, FileId, nameof(Resident.NumberCipher), nameof(Resident.NumberHash), nameof(Resident.Name), nameof(Resident.LatinName),
                    nameof(Resident.BirthDate), nameof(Resident.Sex), nameof(Resident.Nationality), nameof(Resident.Status), nameof(Resident.DiedOn),
                    nameof(Resident.RegionCode), nameof(Resident.HouseholdId), nameof(Resident.RelationToHead), nameof(Resident.Phone)],
                people.Resident, context.Residents, nameof(Resident.NumberHash)) { Seal = people.SealNumbers },
            new(PopulationFile.Residences, "residence", typeof(Residence),
                [Id, FileId, nameof(Residence.ResidentId), nameof(Residence.AddressId), nameof(Residence.MovedInOn), nameof(Residence.MovedOutOn)],
                people.Residence, null),
            new(PopulationFile.FamilyLinks, "family-link", typeof(FamilyLink),
                [Id, FileId, nameof(FamilyLink.ResidentId), nameof(FamilyLink.RelativeId), nameof(FamilyLink.Relation), nameof(FamilyLink.Since), nameof(FamilyLink.Until)],
                people.FamilyLink, null),
            new(PopulationFile.Parcels, "parcel", typeof(Parcel),
                [Id, FileId, nameof(Parcel.RegionCode), nameof(Parcel.LotNumber), nameof(Parcel.LandCategory), nameof(Parcel.AreaM2)],
                property.Parcel, context.Parcels),
            new(PopulationFile.Buildings, "building", typeof(Building),
                [Id, FileId, nameof(Building.ParcelId), nameof(Building.Name), nameof(Building.Use), nameof(Building.Floors), nameof(Building.FloorAreaM2),
                    nameof(Building.CompletedOn)],
                property.Building, context.Buildings),
            new(PopulationFile.Companies, "company", typeof(Company),
                [Id, FileId, nameof(Company.BusinessNumber), nameof(Company.Name), nameof(Company.RegionCode), nameof(Company.AddressId),
                    nameof(Company.FoundedOn), nameof(Company.ClosedOn)],
                property.Company, context.Companies, nameof(Company.BusinessNumber)),
            new(PopulationFile.Representatives, "representative", typeof(Representative),
                [Id, FileId, nameof(Representative.CompanyId), nameof(Representative.ResidentId), nameof(Representative.Since), nameof(Representative.Until)],
                property.Representative, null),
            new(PopulationFile.Ownership, "ownership", typeof(Ownership),
                [Id, FileId, nameof(Ownership.PropertyKind), nameof(Ownership.PropertyId), nameof(Ownership.OwnerKind), nameof(Ownership.OwnerId),
                    nameof(Ownership.ShareNumerator), nameof(Ownership.ShareDenominator), nameof(Ownership.AcquiredOn), nameof(Ownership.Cause),
                    nameof(Ownership.DisposedOn)],
                property.Ownership, null),
            new(PopulationFile.Encumbrances, "encumbrance", typeof(Encumbrance),
                [Id, FileId, nameof(Encumbrance.PropertyKind), nameof(Encumbrance.PropertyId), nameof(Encumbrance.Kind), nameof(Encumbrance.Amount),
                    nameof(Encumbrance.Creditor), nameof(Encumbrance.RegisteredOn), nameof(Encumbrance.CancelledOn)],
                property.Encumbrance, null),
        ];
    }
}

/// <summary>A batch of a population file read and checked row by row: its register rows and the file line of each.</summary>
internal sealed record ReadBatch(PopulationFile File, List<object?[]> Rows, List<long> Lines, List<ImportError> Errors);
