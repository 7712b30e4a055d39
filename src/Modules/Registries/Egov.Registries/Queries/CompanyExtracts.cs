using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Queries;

/// <summary>The business register as certificates read it: a company with its current representatives; the companies a person represents.</summary>
internal sealed class CompanyExtracts(RegistriesDbContext db, ExtractPeople people, CountryPack pack, IAuditLog audit)
{
    private readonly AddressWriter addresses = new(pack);

    public async Task<CompanyExtract?> ReadAsync(Guid id, ExtractRequest request, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(purpose);
        if (await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } company)
        {
            return null;
        }

        var address = company.AddressId is { } addressId ? await db.Addresses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == addressId, cancellationToken) : null;
        var representatives = await db.Representatives.AsNoTracking()
            .Where(r => r.CompanyId == id && r.Until == null)
            .Join(db.Residents, r => r.ResidentId, p => p.Id, (r, p) => new { Person = p, r.Since })
            .ToListAsync(cancellationToken);
        var extract = new CompanyExtract(
            company.Id, company.Name, people.BusinessNumber(company), address is null ? null : addresses.Write(address, request.Language),
            company.FoundedOn, company.ClosedOn,
            [.. representatives.OrderBy(r => r.Since ?? DateOnly.MinValue).Select(r => new ExtractRepresentative(people.Person(r.Person, request.RevealIdentifiers), r.Since))]);

        await RegisterExtracts.LogShownAsync(audit, purpose, extract.Representatives.Select(r => r.Person.Id), cancellationToken);
        return extract;
    }

    public async Task<IReadOnlyList<HeldCompany>> RepresentedByAsync(ResidentId person, CancellationToken cancellationToken)
    {
        var companies = await db.Representatives.AsNoTracking()
            .Where(r => r.ResidentId == person.Value && r.Until == null)
            .Join(db.Companies, r => r.CompanyId, c => c.Id, (r, c) => c)
            .ToListAsync(cancellationToken);
        return [.. companies.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new HeldCompany(c.Id, c.Name, people.BusinessNumber(c)))];
    }
}
