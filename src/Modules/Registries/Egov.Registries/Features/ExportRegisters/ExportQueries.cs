using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Files;

namespace Egov.Registries.Features.ExportRegisters;

/// <summary>
/// One file's export query: columns 0 and 1 are the row's register id and file id, then the file's columns, in its
/// order; <see cref="Fields"/> has one letter per file column (L long, I int, D date, M decimal, N resident number,
/// S text, - not written: the line number that stands for the id of files without ids). References come back as the referenced rows' file ids.
/// </summary>
internal sealed record ExportQueries(PopulationFile File, string Kind, string Fields, string Sql)
{
    public static IReadOnlyList<ExportQueries> All(RegistriesDbContext db)
    {
        string T(Type entity) => RegisterTable.For(db, entity, []).Name;
        var (a, h, r, p, b, c) = (T(typeof(Address)), T(typeof(Household)), T(typeof(Resident)), T(typeof(Parcel)), T(typeof(Building)), T(typeof(Company)));
        const string Property = "LEFT JOIN {0} p ON x.property_kind = 'parcel' AND p.id = x.property_id LEFT JOIN {1} b ON x.property_kind = 'building' AND b.id = x.property_id";
        var property = string.Format(System.Globalization.CultureInfo.InvariantCulture, Property, p, b);
        return
        [
            new(PopulationFile.Addresses, "address", "LSSSSS",
                $"SELECT x.id, x.file_id, x.region_code, x.postal_code, x.road, x.building, x.detail FROM {a} x{Sorted}"),
            new(PopulationFile.Households, "household", "LLD",
                $"SELECT x.id, x.file_id, a.file_id, x.formed_on FROM {h} x JOIN {a} a ON a.id = x.address_id{Sorted}"),
            new(PopulationFile.Residents, "resident", "LNSSDSSSDSLSS",
                $"SELECT x.id, x.file_id, x.number_cipher, x.name, x.latin_name, x.birth_date, x.sex, x.nationality, x.status, x.died_on, x.region_code, "
                + $"h.file_id, x.relation_to_head, x.phone FROM {r} x LEFT JOIN {h} h ON h.id = x.household_id{Sorted}"),
            new(PopulationFile.Residences, "residence", "-LLDD",
                $"SELECT x.id, x.file_id, r.file_id, a.file_id, x.moved_in_on, x.moved_out_on FROM {T(typeof(Residence))} x "
                + $"JOIN {r} r ON r.id = x.resident_id JOIN {a} a ON a.id = x.address_id{Sorted}"),
            new(PopulationFile.FamilyLinks, "family-link", "-LLSDD",
                $"SELECT x.id, x.file_id, r.file_id, p.file_id, x.relation, x.since, x.until FROM {T(typeof(FamilyLink))} x "
                + $"JOIN {r} r ON r.id = x.resident_id JOIN {r} p ON p.id = x.relative_id{Sorted}"),
            new(PopulationFile.Parcels, "parcel", "LSSSM",
                $"SELECT x.id, x.file_id, x.region_code, x.lot_number, x.land_category, x.area_m2 FROM {p} x{Sorted}"),
            new(PopulationFile.Buildings, "building", "LLSSIMD",
                $"SELECT x.id, x.file_id, p.file_id, x.name, x.use, x.floors, x.floor_area_m2, x.completed_on FROM {b} x JOIN {p} p ON p.id = x.parcel_id{Sorted}"),
            new(PopulationFile.Companies, "company", "LSSSLSDD",
                $"SELECT x.id, x.file_id, x.business_number, x.name, x.region_code, a.file_id, CASE WHEN x.closed_on IS NULL THEN 'active' ELSE 'closed' END, "
                + $"x.founded_on, x.closed_on FROM {c} x LEFT JOIN {a} a ON a.id = x.address_id{Sorted}"),
            new(PopulationFile.Representatives, "representative", "-LLDD",
                $"SELECT x.id, x.file_id, c.file_id, r.file_id, x.since, x.until FROM {T(typeof(Representative))} x "
                + $"JOIN {c} c ON c.id = x.company_id JOIN {r} r ON r.id = x.resident_id{Sorted}"),
            new(PopulationFile.Ownership, "ownership", "-SLSLIIDSD",
                $"SELECT x.id, x.file_id, x.property_kind, COALESCE(p.file_id, b.file_id), x.owner_kind, COALESCE(r.file_id, c.file_id), "
                + $"x.share_numerator, x.share_denominator, x.acquired_on, x.cause, x.disposed_on FROM {T(typeof(Ownership))} x {property} "
                + $"LEFT JOIN {r} r ON x.owner_kind = 'resident' AND r.id = x.owner_id LEFT JOIN {c} c ON x.owner_kind = 'company' AND c.id = x.owner_id{Sorted}"),
            new(PopulationFile.Encumbrances, "encumbrance", "-SLSLSDD",
                $"SELECT x.id, x.file_id, x.property_kind, COALESCE(p.file_id, b.file_id), x.kind, x.amount, x.creditor, x.registered_on, x.cancelled_on "
                + $"FROM {T(typeof(Encumbrance))} x {property}{Sorted}"),
        ];
    }

    private const string Sorted = " WHERE x.file_id IS NOT NULL ORDER BY x.file_id";
}
