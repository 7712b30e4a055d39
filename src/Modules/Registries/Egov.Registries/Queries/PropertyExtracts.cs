using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>
/// The real-estate register as certificates read it: a parcel or building with every ownership share (past ones
/// too, as a land register transcript lists them) and every right registered against it; and what a person owns now.
/// </summary>
internal sealed class PropertyExtracts(RegistriesDbContext db, ExtractPeople people, CountryPack pack, IAuditLog audit)
{
    private readonly AddressWriter addresses = new(pack);

    public async Task<PropertyExtract?> ReadAsync(PropertyRef property, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(purpose);
        var building = property.Kind == PropertyKinds.Building
            ? await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == property.Id, cancellationToken)
            : null;
        var parcelId = property.Kind switch
        {
            PropertyKinds.Parcel => property.Id,
            PropertyKinds.Building when building is not null => building.ParcelId,
            _ => (Guid?)null,
        };
        if (parcelId is null || await db.Parcels.AsNoTracking().SingleOrDefaultAsync(p => p.Id == parcelId, cancellationToken) is not { } parcel)
        {
            return null;
        }

        var shares = await db.Ownerships.AsNoTracking()
            .Where(o => o.PropertyKind == property.Kind && o.PropertyId == property.Id)
            .ToListAsync(cancellationToken);
        var residentIds = shares.Where(s => s.OwnerKind == "resident").Select(s => s.OwnerId).Distinct().ToList();
        var companyIds = shares.Where(s => s.OwnerKind == "company").Select(s => s.OwnerId).Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var encumbrances = await db.Encumbrances.AsNoTracking()
            .Where(e => e.PropertyKind == property.Kind && e.PropertyId == property.Id)
            .ToListAsync(cancellationToken);

        // In the order acquired, as the register numbers them; co-owners of one acquisition by name, so every copy reads alike.
        var owners = shares
            .Select(s => s.OwnerKind == "company"
                ? Ownership(s, companies.GetValueOrDefault(s.OwnerId) is { } c ? (null, c.Name, people.BusinessNumber(c)) : null)
                : Ownership(s, residents.GetValueOrDefault(s.OwnerId) is { } r ? (new ResidentId(r.Id), r.Name, people.Identifier(r, request.RevealIdentifiers)) : null))
            .OfType<ExtractOwnership>()
            .OrderBy(o => o.AcquiredOn).ThenBy(o => o.DisposedOn ?? DateOnly.MaxValue).ThenBy(o => o.OwnerName, StringComparer.Ordinal)
            .ToList();
        var extract = new PropertyExtract(
            property, addresses.Location(parcel, request.Language), parcel.LandCategory, parcel.AreaM2,
            building is null ? null : new ExtractBuilding(building.Name, building.Use, building.Floors, building.FloorAreaM2, building.CompletedOn),
            owners,
            [.. encumbrances.OrderBy(e => e.RegisteredOn).Select(e => new ExtractEncumbrance(e.Kind, e.Amount, e.Creditor, e.RegisteredOn, e.CancelledOn))]);

        await RegisterExtracts.LogShownAsync(audit, purpose, residents.Keys.Select(id => new ResidentId(id)), cancellationToken);
        return extract;
    }

    /// <summary>The parcels and buildings the person owns a share of now, named for a choice list.</summary>
    public async Task<IReadOnlyList<HeldProperty>> HeldByAsync(ResidentId person, string language, CancellationToken cancellationToken)
    {
        var held = await db.Ownerships.AsNoTracking()
            .Where(o => o.OwnerKind == "resident" && o.OwnerId == person.Value && o.DisposedOn == null)
            .Select(o => new { o.PropertyKind, o.PropertyId })
            .ToListAsync(cancellationToken);
        var buildingIds = held.Where(h => h.PropertyKind == PropertyKinds.Building).Select(h => h.PropertyId).ToList();
        var buildings = await db.Buildings.AsNoTracking().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var parcelIds = held.Where(h => h.PropertyKind == PropertyKinds.Parcel).Select(h => h.PropertyId).Concat(buildings.Values.Select(b => b.ParcelId)).ToList();
        var parcels = await db.Parcels.AsNoTracking().Where(p => parcelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        return [.. held.Distinct().Select(h =>
        {
            var building = buildings.GetValueOrDefault(h.PropertyId);
            var parcel = parcels.GetValueOrDefault(building?.ParcelId ?? h.PropertyId);
            return parcel is null ? null : new HeldProperty(new PropertyRef(h.PropertyKind, h.PropertyId), addresses.Location(parcel, language), building?.Name);
        }).OfType<HeldProperty>().OrderBy(p => p.Location, StringComparer.Ordinal)];
    }

    private static ExtractOwnership? Ownership(Ownership share, (ResidentId? Id, string Name, string? Identifier)? owner) =>
        owner is { } o ? new ExtractOwnership(o.Id, o.Name, o.Identifier, share.ShareNumerator, share.ShareDenominator, share.AcquiredOn, share.Cause, share.DisposedOn) : null;
}
