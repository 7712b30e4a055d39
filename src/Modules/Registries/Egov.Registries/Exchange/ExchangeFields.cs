using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Egov.Registries.Exchange;

/// <summary>
/// What the registers can answer, dataset by dataset, and the reading of exactly the fields a purpose receives:
/// a dataset is read only when the purpose names one of its fields, and only named fields reach the answer.
/// </summary>
internal sealed class ExchangeFields(RegistriesDbContext db, CountryPack pack)
{
    /// <summary>The fields the registers produce; a pack may expose fewer, never others.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Provided = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["resident.basic"] = ["name", "latinName", "birthDate", "sex", "nationality", "alive"],
        ["resident.address"] = ["region", "postalCode", "road", "building", "detail", "movedInOn"],
        ["household"] = ["size", "relationToHead", "formedOn"],
        ["family"] = ["parents", "children", "spouse"],
        ["real-estate"] = ["parcels", "buildings"],
        ["business"] = ["companies"],
    };

    /// <summary>Every dataset or field of the pack the registers cannot produce, as <c>file:line: field: message</c>.</summary>
    public static IEnumerable<string> Unsupported(ExchangeSettings exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        const string File = "exchange.yaml";
        for (var i = 0; i < exchange.Datasets.Count; i++)
        {
            var dataset = exchange.Datasets[i];
            if (!Provided.TryGetValue(dataset.Code, out var fields))
            {
                yield return $"{File}:{dataset.Line}: datasets[{i}].code: the registers provide no dataset '{dataset.Code}' (they provide {string.Join(", ", Provided.Keys)})";
                continue;
            }

            foreach (var field in dataset.Fields.Where(f => !fields.Contains(f.Name)))
            {
                yield return $"{File}:{field.Line}: datasets[{i}].fields: the registers provide no field '{field.Name}' in {dataset.Code} (they provide {string.Join(", ", fields)})";
            }
        }
    }

    /// <summary>The purpose's fields about <paramref name="resident"/>, dataset by dataset, nothing else.</summary>
    public async Task<Dictionary<string, Dictionary<string, object?>>> ReadAsync(Resident resident, ExchangePurpose purpose, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var selection in purpose.Receives)
        {
            var all = selection.Dataset switch
            {
                "resident.basic" => Basic(resident),
                "resident.address" => await AddressAsync(resident, cancellationToken),
                "household" => await HouseholdAsync(resident, cancellationToken),
                "family" => await FamilyAsync(resident, cancellationToken),
                "real-estate" => await RealEstateAsync(resident, cancellationToken),
                "business" => await BusinessAsync(resident, cancellationToken),
                _ => throw new InvalidOperationException($"Dataset {selection.Dataset} passed the start-up check but has no reader."),
            };
            result[selection.Dataset] = selection.Fields.ToDictionary(f => f, f => all[f], StringComparer.Ordinal);
        }

        return result;
    }

    private static Dictionary<string, object?> Basic(Resident r) => new()
    {
        ["name"] = r.Name, ["latinName"] = r.LatinName, ["birthDate"] = r.BirthDate, ["sex"] = r.Sex,
        ["nationality"] = r.Nationality, ["alive"] = r.IsAlive,
    };

    private async Task<Dictionary<string, object?>> AddressAsync(Resident r, CancellationToken cancellationToken)
    {
        var current = await db.Residences.AsNoTracking()
            .Where(x => x.ResidentId == r.Id && x.MovedOutOn == null)
            .Join(db.Addresses, x => x.AddressId, a => a.Id, (x, a) => new { x.MovedInOn, Address = a })
            .FirstOrDefaultAsync(cancellationToken);
        var a = current?.Address;
        return new()
        {
            ["region"] = a?.RegionCode ?? r.RegionCode, ["postalCode"] = a?.PostalCode, ["road"] = a?.Road, ["building"] = a?.Building,
            ["detail"] = a?.Detail, ["movedInOn"] = current?.MovedInOn,
        };
    }

    private async Task<Dictionary<string, object?>> HouseholdAsync(Resident r, CancellationToken cancellationToken)
    {
        var household = r.HouseholdId is { } id ? await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken) : null;
        var size = household is null
            ? 1
            : await db.Residents.CountAsync(x => x.HouseholdId == household.Id && x.Status == ResidentStatus.Alive, cancellationToken);
        return new() { ["size"] = size, ["relationToHead"] = r.RelationToHead, ["formedOn"] = household?.FormedOn };
    }

    private async Task<Dictionary<string, object?>> FamilyAsync(Resident r, CancellationToken cancellationToken)
    {
        var links = await db.FamilyLinks.AsNoTracking()
            .Where(l => (l.ResidentId == r.Id || l.RelativeId == r.Id) && l.Until == null)
            .ToListAsync(cancellationToken);
        var others = links.Select(l => l.ResidentId == r.Id ? l.RelativeId : l.ResidentId).Distinct().ToList();
        var people = await db.Residents.AsNoTracking().Where(x => others.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
        bool IsParentLink(FamilyLink l) => l.Relation is FamilyRelation.Parent or FamilyRelation.AdoptiveParent;
        List<Relative> Of(IEnumerable<Guid> ids) => [.. ids.Where(people.ContainsKey).Select(id => Relative.Of(people[id])).OrderBy(p => p.BirthDate)];
        var spouse = links.Where(l => l.Relation == FamilyRelation.Spouse).Select(l => l.ResidentId == r.Id ? l.RelativeId : l.ResidentId).FirstOrDefault();
        return new()
        {
            ["parents"] = Of(links.Where(l => IsParentLink(l) && l.ResidentId == r.Id).Select(l => l.RelativeId)),
            ["children"] = Of(links.Where(l => IsParentLink(l) && l.RelativeId == r.Id).Select(l => l.ResidentId)),
            ["spouse"] = people.TryGetValue(spouse, out var s) ? Relative.Of(s) : null,
        };
    }

    private async Task<Dictionary<string, object?>> RealEstateAsync(Resident r, CancellationToken cancellationToken)
    {
        var owned = db.Ownerships.AsNoTracking().Where(o => o.OwnerKind == "resident" && o.OwnerId == r.Id && o.DisposedOn == null);
        var parcels = await owned.Where(o => o.PropertyKind == "parcel")
            .Join(db.Parcels, o => o.PropertyId, p => p.Id, (o, p) => new { o.ShareNumerator, o.ShareDenominator, p.RegionCode, p.LotNumber, p.LandCategory, p.AreaM2 })
            .ToListAsync(cancellationToken);
        var buildings = await owned.Where(o => o.PropertyKind == "building")
            .Join(db.Buildings, o => o.PropertyId, b => b.Id, (o, b) => new { o.ShareNumerator, o.ShareDenominator, b.Name, b.Use, b.Floors, b.FloorAreaM2 })
            .ToListAsync(cancellationToken);
        return new()
        {
            ["parcels"] = parcels.Select(p => new { region = p.RegionCode, lotNumber = p.LotNumber, landCategory = p.LandCategory, areaM2 = p.AreaM2, share = $"{p.ShareNumerator}/{p.ShareDenominator}" }).ToList(),
            ["buildings"] = buildings.Select(b => new { name = b.Name, use = b.Use, floors = b.Floors, floorAreaM2 = b.FloorAreaM2, share = $"{b.ShareNumerator}/{b.ShareDenominator}" }).ToList(),
        };
    }

    private async Task<Dictionary<string, object?>> BusinessAsync(Resident r, CancellationToken cancellationToken)
    {
        var format = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;
        var companies = await db.Representatives.AsNoTracking()
            .Where(x => x.ResidentId == r.Id && x.Until == null)
            .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => c)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return new()
        {
            ["companies"] = companies.Select(c => new { businessNumber = format?.Format(c.BusinessNumber) ?? c.BusinessNumber, name = c.Name, active = c.IsActive }).ToList(),
        };
    }

    /// <summary>A relative as the exchange shows one: never their number, only who they are.</summary>
    private sealed record Relative(string Name, DateOnly BirthDate, bool Alive)
    {
        public static Relative Of(Resident r) => new(r.Name, r.BirthDate, r.IsAlive);
    }
}

/// <summary>Stops the host at start-up when the pack exposes a dataset, field or feed the registers cannot produce.</summary>
internal sealed class ExchangeStartupCheck(CountryPack pack) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = ExchangeFields.Unsupported(pack.Exchange).Concat(FeedEvents.Unsupported(pack.Exchange)).ToList();
        return problems.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException("The pack's once-only exchange asks for what the registers cannot answer:\n" + string.Join("\n", problems));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
