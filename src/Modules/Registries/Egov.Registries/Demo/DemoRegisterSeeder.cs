using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Demo;

/// <summary>
/// Writes the pack's named demo people (with their parents) and companies (with their representatives) into the
/// registers, under ids derived from their keys so every module's demo data can refer to them. Runs after every
/// migration: what is already there is left as it is.
/// </summary>
internal sealed class DemoRegisterSeeder(RegistriesDbContext db, ResidentNumbers numbers, CountryPack pack) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (pack.Demo is not { } demo)
        {
            return;
        }

        var residents = (await db.Residents.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        var nationality = pack.Code.ToUpperInvariant();
        foreach (var person in demo.People.Where(p => !residents.Contains(ResidentIdOf(p.Key))))
        {
            var id = ResidentIdOf(person.Key);
            db.Residents.Add(new Resident
            {
                Id = id,
                NumberCipher = numbers.Encrypt(person.Identifier),
                NumberHash = numbers.Hash(person.Identifier),
                Name = person.Name,
                LatinName = person.LatinName,
                BirthDate = person.BirthDate,
                Sex = person.Sex == Sex.Male ? "male" : "female",
                Nationality = nationality,
                Status = person.IsAlive ? ResidentStatus.Alive : ResidentStatus.Deceased,
                DiedOn = person.Died,
                Phone = person.Phone,
            });
            foreach (var parent in person.Parents)
            {
                db.FamilyLinks.Add(new FamilyLink
                {
                    Id = StableId.For(pack.Code, "family-link", $"{person.Key}/{parent}"),
                    ResidentId = id,
                    RelativeId = ResidentIdOf(parent),
                    Relation = FamilyRelation.Parent,
                    Since = person.BirthDate,
                });
            }
        }

        var companies = (await db.Companies.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var company in demo.Companies.Where(c => !companies.Contains(CompanyIdOf(c.Key))))
        {
            db.Companies.Add(new Company
            {
                Id = CompanyIdOf(company.Key),
                BusinessNumber = company.BusinessNumber,
                Name = company.Name,
                ClosedOn = company.Closed,
            });
            foreach (var representative in company.Representatives)
            {
                db.Representatives.Add(new Representative
                {
                    Id = StableId.For(pack.Code, "representative", $"{company.Key}/{representative}"),
                    CompanyId = CompanyIdOf(company.Key),
                    ResidentId = ResidentIdOf(representative),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Guid ResidentIdOf(string key) => StableId.For(pack.Code, "resident", key);

    private Guid CompanyIdOf(string key) => StableId.For(pack.Code, "company", key);
}
