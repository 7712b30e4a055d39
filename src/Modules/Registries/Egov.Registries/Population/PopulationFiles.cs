using Egov.Registries.Files;

namespace Egov.Registries.Population;

/// <summary>The files of a population, open for writing, with the headers of docs/registries.md.</summary>
internal sealed class PopulationFiles : IDisposable
{
    /// <summary>File name and header row, in the import order of docs/registries.md.</summary>
    public static readonly IReadOnlyList<(string File, string Header)> Layout =
    [
        ("addresses.csv", "address_id,region_code,postal_code,road,building,detail"),
        ("households.csv", "household_id,address_id,formed_on"),
        ("residents.csv", "resident_id,resident_number,name,latin_name,birth_date,sex,nationality,status,died_on,region_code,household_id,relation_to_head,phone"),
        ("residences.csv", "resident_id,address_id,moved_in_on,moved_out_on"),
        ("family_links.csv", "resident_id,relative_id,relation,since,until"),
        ("parcels.csv", "parcel_id,region_code,lot_number,land_category,area_m2"),
        ("buildings.csv", "building_id,parcel_id,name,use,floors,floor_area_m2,completed_on"),
        ("companies.csv", "company_id,business_number,name,region_code,address_id,status,founded_on,closed_on"),
        ("representatives.csv", "company_id,resident_id,since,until"),
        ("ownership.csv", "property_kind,property_id,owner_kind,owner_id,share_numerator,share_denominator,acquired_on,cause,disposed_on"),
        ("encumbrances.csv", "property_kind,property_id,kind,amount,creditor,registered_on,cancelled_on"),
    ];

    private readonly CsvFile[] files;

    public PopulationFiles(PopulationStorage storage)
    {
        files = [.. Layout.Select(f => new CsvFile(storage.Create(f.File), f.Header))];
    }

    public CsvFile Addresses => files[0];

    public CsvFile Households => files[1];

    public CsvFile Residents => files[2];

    public CsvFile Residences => files[3];

    public CsvFile FamilyLinks => files[4];

    public CsvFile Parcels => files[5];

    public CsvFile Buildings => files[6];

    public CsvFile Companies => files[7];

    public CsvFile Representatives => files[8];

    public CsvFile Ownership => files[9];

    public CsvFile Encumbrances => files[10];

    /// <summary>Rows written so far, over every file.</summary>
    public long Rows => files.Sum(f => f.Rows);

    /// <summary>Rows per file name.</summary>
    public IReadOnlyList<(string File, long Rows)> Counts => [.. Layout.Select((l, i) => (l.File, files[i].Rows))];

    public void Dispose()
    {
        foreach (var file in files)
        {
            file.Dispose();
        }
    }
}
