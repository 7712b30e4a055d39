using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>Rows of the real-estate and business files checked and turned into register rows.</summary>
internal sealed class PropertyRows(ImportContext context)
{
    private static readonly IReadOnlySet<string> PropertyKinds = Codes("parcel", "building");
    private static readonly IReadOnlySet<string> OwnerKinds = Codes("resident", "company");
    private static readonly IReadOnlySet<string> Causes = Codes("sale", "inheritance", "gift", "new_building", "auction");
    private static readonly IReadOnlySet<string> EncumbranceKinds = Codes("mortgage", "lease_right", "seizure");
    private static readonly IReadOnlySet<string> CompanyStatuses = Codes("active", "closed");

    public object?[]? Parcel(ImportRow row)
    {
        var id = PopulationRows.NewId(row, "parcel_id", context.Parcels);
        object?[] values = [context.IdOf("parcel", id), id, row.Region("region_code", context.Regions), row.Required("lot_number", 64),
            PackCode(row, "land_category", context.LandCategories), row.Area("area_m2")];
        return row.Failed ? null : values;
    }

    public object?[]? Building(ImportRow row)
    {
        var id = PopulationRows.NewId(row, "building_id", context.Buildings);
        object?[] values = [context.IdOf("building", id), id, context.IdOf("parcel", row.Reference("parcel_id", context.Parcels, PopulationFile.Parcels)),
            row.Optional("name", 200), PackCode(row, "use", context.BuildingUses), row.Int("floors"), row.Area("floor_area_m2"), row.OptionalDate("completed_on")];
        return row.Failed ? null : values;
    }

    /// <summary>A code of one of the pack's lists (land categories, building uses), or any code of at most 32 characters when the pack has none.</summary>
    private static string PackCode(ImportRow row, string column, IReadOnlySet<string>? codes)
    {
        var code = row.Required(column, 32);
        if (codes is not null && code.Length > 0 && !codes.Contains(code))
        {
            row.Fail(column, "not a code the pack lists for this column");
        }

        return code;
    }

    public object?[]? Company(ImportRow row)
    {
        var id = PopulationRows.NewId(row, "company_id", context.Companies);
        var number = row.Required("business_number", 32);
        if ((context.Business is { } business ? ImportContext.Check(business, number) : null) is { } check)
        {
            if (!check.IsValid)
            {
                row.Fail("business_number", "not in the pack's business identifier format");
            }

            number = check.Normalized ?? number;
        }

        if (number.Length > 0 && !context.BusinessNumbersInBatch.TryAdd(number, row.Line))
        {
            row.Fail("business_number", $"the same number as line {context.BusinessNumbersInBatch[number]}");
        }

        var name = row.Required("name", 200);
        var region = row.Region("region_code", context.Regions, required: false);
        var address = row.Reference("address_id", context.Addresses, PopulationFile.Addresses, required: false);
        var status = row.Code("status", CompanyStatuses);
        var (founded, closed) = row.Period("founded_on", "closed_on");
        if ((status == "closed") != closed.HasValue)
        {
            row.Fail("closed_on", closed.HasValue ? "only for a closed company" : "required when status is closed");
        }

        return row.Failed ? null : [context.IdOf("company", id), id, number, name, region, context.IdOf("address", address), founded, closed];
    }

    public object?[]? Representative(ImportRow row)
    {
        var company = row.Reference("company_id", context.Companies, PopulationFile.Companies);
        var resident = row.Reference("resident_id", context.Residents, PopulationFile.Residents);
        var (since, until) = row.Period("since", "until");
        return row.Failed ? null
            : [context.IdOf("representative", row.Line), row.Line, context.IdOf("company", company), context.IdOf("resident", resident), since, until];
    }

    public object?[]? Ownership(ImportRow row)
    {
        var (propertyKind, property) = Property(row);
        var ownerKind = row.Code("owner_kind", OwnerKinds);
        var owner = ownerKind == "company"
            ? row.Reference("owner_id", context.Companies, PopulationFile.Companies)
            : row.Reference("owner_id", context.Residents, PopulationFile.Residents);
        var numerator = row.Int("share_numerator", min: 1);
        var denominator = row.Int("share_denominator", min: 1);
        if (numerator > denominator)
        {
            row.Fail("share_numerator", "more than share_denominator");
        }

        var acquired = row.Date("acquired_on");
        var cause = row.Code("cause", Causes);
        var disposed = row.OptionalDate("disposed_on");
        row.NotBefore("disposed_on", disposed, acquired, "acquired_on");
        return row.Failed ? null
            : [context.IdOf("ownership", row.Line), row.Line, propertyKind, property, ownerKind, context.IdOf(ownerKind!, owner!.Value), numerator, denominator,
                acquired, cause, disposed];
    }

    public object?[]? Encumbrance(ImportRow row)
    {
        var (propertyKind, property) = Property(row);
        var kind = row.Code("kind", EncumbranceKinds);
        var amount = row.Long("amount");
        var creditor = row.Required("creditor", 200);
        var registered = row.Date("registered_on");
        var cancelled = row.OptionalDate("cancelled_on");
        row.NotBefore("cancelled_on", cancelled, registered, "registered_on");
        return row.Failed ? null
            : [context.IdOf("encumbrance", row.Line), row.Line, propertyKind, property, kind, amount, creditor, registered, cancelled];
    }

    private (string? Kind, Guid? Id) Property(ImportRow row)
    {
        var kind = row.Code("property_kind", PropertyKinds);
        var id = kind == "building"
            ? row.Reference("property_id", context.Buildings, PopulationFile.Buildings)
            : row.Reference("property_id", context.Parcels, PopulationFile.Parcels);
        return (kind, kind is null ? null : context.IdOf(kind, id));
    }

    private static HashSet<string> Codes(params string[] codes) => new(codes, StringComparer.Ordinal);
}
