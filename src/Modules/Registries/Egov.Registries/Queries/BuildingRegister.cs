using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary><see cref="IBuildingRegister"/> over the register's parcels, buildings and ownership shares.</summary>
internal sealed class BuildingRegister(RegistriesDbContext db, CountryPack pack, IAuditLog audit) : IBuildingRegister
{
    private readonly AddressWriter addresses = new(pack);

    public async Task<IReadOnlyList<BuildingPlace>> InRegionAsync(string regionCode, string use, string language, CancellationToken cancellationToken = default)
    {
        var regions = WithDescendants(regionCode);
        var rows = await db.Buildings.AsNoTracking().Where(b => b.Use == use)
            .Join(db.Parcels.AsNoTracking().Where(p => regions.Contains(p.RegionCode)), b => b.ParcelId, p => p.Id, (b, p) => new { Building = b, Parcel = p })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new BuildingPlace(r.Building.Id, r.Building.Name, r.Building.Use, r.Parcel.RegionCode, addresses.Location(r.Parcel, language), r.Building.Latitude, r.Building.Longitude))
            .OrderBy(b => b.Address, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ResidentId>> AddresseesAsync(Guid building, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var shares = await db.Ownerships.AsNoTracking()
            .Where(o => o.PropertyKind == PropertyKinds.Building && o.PropertyId == building && o.DisposedOn == null)
            .Select(o => new { o.OwnerKind, o.OwnerId })
            .ToListAsync(cancellationToken);
        var companies = shares.Where(s => s.OwnerKind == "company").Select(s => s.OwnerId).ToList();
        var representatives = await db.Representatives.AsNoTracking().Where(r => companies.Contains(r.CompanyId) && r.Until == null).Select(r => r.ResidentId).ToListAsync(cancellationToken);
        var people = shares.Where(s => s.OwnerKind == "resident").Select(s => s.OwnerId).Concat(representatives).Distinct().Select(id => new ResidentId(id)).ToList();
        await RegisterExtracts.LogShownAsync(audit, purpose, people, cancellationToken);
        return people;
    }

    /// <summary>The region and every region below it: the register keeps a parcel's deepest region.</summary>
    private List<string> WithDescendants(string code)
    {
        var codes = new List<string>();
        var pending = new Queue<string>([code]);
        while (pending.TryDequeue(out var next))
        {
            codes.Add(next);
            foreach (var child in pack.Regions.ChildrenOf(next))
            {
                pending.Enqueue(child.Code);
            }
        }

        return codes;
    }
}
