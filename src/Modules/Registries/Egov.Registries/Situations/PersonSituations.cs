using System.Runtime.CompilerServices;
using Egov.Platform.Audit;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Situations;

/// <summary>
/// <see cref="IPersonSituations"/>: one person's household read whole, or every living resident streamed in household
/// order, with each chunk's links read on a second connection while the first keeps streaming.
/// </summary>
internal sealed class PersonSituations(RegistriesDbContext db, IServiceScopeFactory scopes, IAuditLog audit) : IPersonSituations
{
    /// <summary>Residents per chunk: four link queries per chunk, a few MB of memory.</summary>
    private const int ChunkSize = 4_000;

    public async Task<PersonSituation?> ReadAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var resident = await Living(db).SingleOrDefaultAsync(r => r.Id == person.Value, cancellationToken);
        if (resident is null)
        {
            return null;
        }

        var rows = resident.HouseholdId is { } household
            ? await Living(db).Where(r => r.HouseholdId == household).ToListAsync(cancellationToken)
            : [resident];
        var situation = (await SituationBuilder.BuildAsync(db, rows, cancellationToken)).Single(s => s.Id == person);
        // One append for the whole household: one transaction on the audit chain, not one per member.
        await audit.AppendManyAsync(
            [.. situation.Household.Select(m => m.Id).Prepend(person).Select(id =>
                new AuditRecord(purpose.Actor, "registries.resident.situation.read", $"resident:{id.Value}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis))],
            cancellationToken);

        return situation;
    }

    public async IAsyncEnumerable<PersonSituation> ReadAllAsync(DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        await audit.AppendAsync(
            new AuditRecord(purpose.Actor, "registries.population.situations.read", "population", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
            cancellationToken);
        using var scope = scopes.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var chunk = new List<SituationRow>(ChunkSize + 64);
        // Household order keeps a household in one chunk: a chunk closes only where the next household starts.
        var rows = Living(db).OrderBy(r => r.HouseholdId).ThenBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (chunk.Count >= ChunkSize && (row.HouseholdId is null || row.HouseholdId != chunk[^1].HouseholdId))
            {
                foreach (var situation in await SituationBuilder.BuildAsync(links, chunk, cancellationToken))
                {
                    yield return situation;
                }

                chunk.Clear();
                links.ChangeTracker.Clear();
            }

            chunk.Add(row);
        }

        foreach (var situation in await SituationBuilder.BuildAsync(links, chunk, cancellationToken))
        {
            yield return situation;
        }
    }

    public async IAsyncEnumerable<ResidentId> LivingBornOnAsync(
        IReadOnlyCollection<DateOnly> birthDates, DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(birthDates);
        ArgumentNullException.ThrowIfNull(purpose);
        await audit.AppendAsync(
            new AuditRecord(purpose.Actor, "registries.population.born-on.read", "population", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
            cancellationToken);
        var dates = birthDates.Distinct().ToList();
        var ids = db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Alive && dates.Contains(r.BirthDate))
            .OrderBy(r => r.Id).Select(r => r.Id).AsAsyncEnumerable();
        await foreach (var id in ids.WithCancellation(cancellationToken))
        {
            yield return new ResidentId(id);
        }
    }

    public Task<long> CountLivingAsync(CancellationToken cancellationToken = default) =>
        db.Residents.LongCountAsync(r => r.Status == ResidentStatus.Alive, cancellationToken);

    private static IQueryable<SituationRow> Living(RegistriesDbContext db) =>
        db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Alive)
            .Select(r => new SituationRow { Id = r.Id, BirthDate = r.BirthDate, Sex = r.Sex, RegionCode = r.RegionCode, HouseholdId = r.HouseholdId });
}
