using System.Data.Common;
using System.Runtime.CompilerServices;
using Egov.Platform.Audit;
using Egov.Platform.Batches;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Situations;

/// <summary>
/// <see cref="IPersonSituations"/>: one person's household read whole, or every living resident streamed in household
/// order in chunks, with each chunk's links read on a second connection while the first keeps streaming.
/// </summary>
internal sealed class PersonSituations(RegistriesDbContext db, IServiceScopeFactory scopes, IAuditLog audit) : IPersonSituations
{
    /// <summary>Residents per chunk: four link queries per chunk, a few MB of memory.</summary>
    private const int ChunkSize = 4_000;

    /// <summary>Chunks waiting between two stages: enough to keep the next stage busy while this one reads on.</summary>
    private const int ReadAhead = 2;

    /// <summary>
    /// Threads building situations: the stage does the most work of a population run (four queries and the family graph of
    /// each chunk), so with one it held back the stages around it and the second core idled.
    /// </summary>
    private const int Builders = 2;

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
        var situation = (await SituationBuilder.BuildAsync(db, RowReader.Awaiting(db), rows, cancellationToken)).Single(s => s.Id == person);
        // One append for the whole household: one transaction on the audit chain, not one per member.
        await audit.AppendManyAsync(
            [.. situation.Household.Select(m => m.Id).Prepend(person).Select(id =>
                new AuditRecord(purpose.Actor, "registries.resident.situation.read", $"resident:{id.Value}", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis))],
            cancellationToken);

        return situation;
    }

    public IAsyncEnumerable<IReadOnlyList<PersonSituation>> ReadAllAsync(DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return ReadAllLoggedAsync(purpose, cancellationToken);
    }

    /// <summary>
    /// Two stages on threads of their own, each thread on its own connection: one streams the residents and cuts them into
    /// chunks of whole households; <see cref="Builders"/> others each take the next chunk, read its links and build its
    /// situations while the first reads on.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<PersonSituation>> ReadAllLoggedAsync(DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await audit.AppendAsync(
            new AuditRecord(purpose.Actor, "registries.population.situations.read", "population", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
            cancellationToken);
        using var residentsScope = scopes.CreateScope();
        var households = BlockingStage.Run<List<SituationRow>>(
            (emit, _) => ReadHouseholds(residentsScope.ServiceProvider.GetRequiredService<RegistriesDbContext>(), emit), ReadAhead, cancellationToken);
        var situations = BlockingStage.Map<List<SituationRow>, IReadOnlyList<PersonSituation>>(
            households, Builders, ReadAhead,
            (chunks, emit, stop) =>
            {
                using var scope = scopes.CreateScope();
                var links = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
                // One connection for the worker's life: handed back to the pool after each query, it was reset and taken
                // again for each of a chunk's four.
                links.Database.OpenConnection();
                var rows = RowReader.Blocking(links);
                foreach (var chunk in chunks)
                {
                    // Blocking reads: the task is complete when it returns.
                    emit(SituationBuilder.BuildAsync(links, rows, chunk, stop).GetAwaiter().GetResult());
                }
            },
            cancellationToken);
        await foreach (var chunk in situations)
        {
            yield return chunk;
        }
    }

    /// <summary>Household order keeps a household in one chunk: a chunk closes only where the next household starts.</summary>
    private static void ReadHouseholds(RegistriesDbContext db, Action<List<SituationRow>> emit)
    {
        var chunk = new List<SituationRow>(ChunkSize + 64);
        foreach (var row in RowReader.Blocking(db).Stream(Living(db).OrderBy(r => r.HouseholdId).ThenBy(r => r.Id), ReadRow))
        {
            if (chunk.Count >= ChunkSize && (row.HouseholdId is null || row.HouseholdId != chunk[^1].HouseholdId))
            {
                emit(chunk);
                chunk = new List<SituationRow>(ChunkSize + 64);
            }

            chunk.Add(row);
        }

        if (chunk.Count > 0)
        {
            emit(chunk);
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

    public async Task<long> CountLivingAsync(CancellationToken cancellationToken = default)
    {
        // A scan of the whole register: at national size it outlasts a request's command timeout (30 s).
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            return await db.Residents.LongCountAsync(r => r.Status == ResidentStatus.Alive, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>Reads the columns of <see cref="Living"/>, in its order.</summary>
    private static readonly Func<DbDataReader, SituationRow> ReadRow = r => new SituationRow
    {
        Id = r.GetGuid(0),
        BirthDate = r.GetFieldValue<DateOnly>(1),
        Sex = r.GetString(2),
        RegionCode = r.IsDBNull(3) ? null : r.GetString(3),
        HouseholdId = r.IsDBNull(4) ? null : r.GetGuid(4),
    };

    private static IQueryable<SituationRow> Living(RegistriesDbContext db) =>
        db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Alive)
            .Select(r => new SituationRow { Id = r.Id, BirthDate = r.BirthDate, Sex = r.Sex, RegionCode = r.RegionCode, HouseholdId = r.HouseholdId });
}
