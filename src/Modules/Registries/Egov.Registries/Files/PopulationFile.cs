namespace Egov.Registries.Files;

/// <summary>One file of a population folder (docs/registries.md): its name and header columns.</summary>
internal sealed record PopulationFile(string Name, IReadOnlyList<string> Columns)
{
    public static readonly PopulationFile Addresses = new("addresses.csv", ["address_id", "region_code", "postal_code", "road", "building", "detail"]);
    public static readonly PopulationFile Households = new("households.csv", ["household_id", "address_id", "formed_on"]);
    public static readonly PopulationFile Residents = new("residents.csv",
        ["resident_id", "resident_number", "name", "latin_name", "birth_date", "sex", "nationality", "status", "died_on", "region_code", "household_id", "relation_to_head", "phone"]);
    public static readonly PopulationFile Residences = new("residences.csv", ["resident_id", "address_id", "moved_in_on", "moved_out_on"]);
    public static readonly PopulationFile FamilyLinks = new("family_links.csv", ["resident_id", "relative_id", "relation", "since", "until"]);
    public static readonly PopulationFile Parcels = new("parcels.csv", ["parcel_id", "region_code", "lot_number", "land_category", "area_m2"]);
    public static readonly PopulationFile Buildings = new("buildings.csv", ["building_id", "parcel_id", "name", "use", "floors", "floor_area_m2", "completed_on"]);
    public static readonly PopulationFile Companies = new("companies.csv",
        ["company_id", "business_number", "name", "region_code", "address_id", "status", "founded_on", "closed_on"]);
    public static readonly PopulationFile Representatives = new("representatives.csv", ["company_id", "resident_id", "since", "until"]);
    public static readonly PopulationFile Ownership = new("ownership.csv",
        ["property_kind", "property_id", "owner_kind", "owner_id", "share_numerator", "share_denominator", "acquired_on", "cause", "disposed_on"]);
    public static readonly PopulationFile Encumbrances = new("encumbrances.csv",
        ["property_kind", "property_id", "kind", "amount", "creditor", "registered_on", "cancelled_on"]);

    /// <summary>Every file in import order: what a row refers to comes from an earlier file.</summary>
    public static readonly IReadOnlyList<PopulationFile> InImportOrder =
        [Addresses, Households, Residents, Residences, FamilyLinks, Parcels, Buildings, Companies, Representatives, Ownership, Encumbrances];

    public string Header => string.Join(',', Columns);
}
