using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>Finds a resident by the number as typed or sent, through its keyed hash (the number is never stored in clear).</summary>
internal sealed class ResidentsByNumber(RegistriesDbContext db, ResidentNumbers numbers, CountryPack pack)
{
    private readonly PersonIdentifierFormat? format = pack.People is { } people ? pack.Identifiers[people.Identifier] : null;

    /// <summary>
    /// The living resident whose number and name both match, or null (no hint which did not). Nobody may prove to
    /// be a deceased person: a dead person's number and name are the classic stolen identity.
    /// </summary>
    public async Task<Resident?> FindLivingAsync(string typedNumber, string name, CancellationToken cancellationToken) =>
        await FindAsync(typedNumber, cancellationToken) is { IsAlive: true } resident && Names.Same(resident.Name, name) ? resident : null;

    /// <summary>The resident whose number, as typed, normalises to a registered one; a malformed value finds nobody.</summary>
    public async Task<Resident?> FindAsync(string typed, CancellationToken cancellationToken)
    {
        if (format?.Validate(typed) is not { IsValid: true, Normalized: { } normalized })
        {
            return null;
        }

        var hash = numbers.Hash(normalized);
        return await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.NumberHash == hash, cancellationToken);
    }
}
