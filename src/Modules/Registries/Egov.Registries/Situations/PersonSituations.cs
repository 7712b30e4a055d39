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
/// <see cref="IPersonSituations"/>: one person's situation, or every living resident streamed in id order in chunks, with
/// each chunk's links read on other connections while the first keeps streaming.
/// </summary>
internal sealed class PersonSituations(RegistriesDbContext db, IServiceScopeFactory scopes, IAuditLog audit) : IPersonSituations
{
    /// <summary>Residents per chunk: five queries per chunk, a few MB of memory.</summary>
    private const int ChunkSize = 4_000;

    /// <summary>Chunks waiting between two stages: enough to keep the next stage busy while this one reads on.</summary>
    private const int ReadAhead = 2;

    /// <summary>
    /// Threads building situations: the stage does the most work of a population run (five queries and the family graph of
    /// each chunk), so with one it held back the stages around it and the second core idled.
    /// </summary>
    private const int Builders = 2;

    public async Task<PersonSituation?> ReadAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var resident = await SituationRow.Living(db).SingleOrDefaultAsync(r => r.Id == person.Value, cancellationToken);
        if (resident is null)
        {
            return null;
        }

        var situation = (await SituationBuilder.BuildAsync(db, RowReader.Awaiting(db), [resident], cancellationToken)).Single();
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
    /// Two stages on threads of their own, each thread on its own connection: one streams the residents in id order and cuts
    /// them into chunks of consecutive ids; <see cref="Builders"/> others each take the next chunk, read its links and
    /// households and build its situations while the first reads on.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<PersonSituation>> ReadAllLoggedAsync(DataPurpose purpose, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await audit.AppendAsync(
            new AuditRecord(purpose.Actor, "registries.population.situations.read", "population", Purpose: purpose.Purpose, LegalBasis: purpose.LegalBasis),
            cancellationToken);
        using var residentsScope = scopes.CreateScope();
        var residentChunks = BlockingStage.Run<List<SituationRow>>(
            (emit, _) => ReadChunks(residentsScope.ServiceProvider.GetRequiredService<RegistriesDbContext>(), emit), ReadAhead, cancellationToken);
        var situations = BlockingStage.Map<List<SituationRow>, IReadOnlyList<PersonSituation>>(
            residentChunks, Builders, ReadAhead,
            (chunks, emit, stop) =>
            {
                using var scope = scopes.CreateScope();
                var links = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
                // One connection for the worker's life: handed back to the pool after each query, it was reset and taken
                // again for each of a chunk's queries.
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

    /// <summary>
    /// Id order makes each chunk a range of ids, so its links and facts are read as ranges of their indexes (one descent,
    /// not one per resident); the primary key's order is also, with ids that grow with time, the table's own.
    /// </summary>
    private static void ReadChunks(RegistriesDbContext db, Action<List<SituationRow>> emit)
    {
        var chunk = new List<SituationRow>(ChunkSize);
        foreach (var row in RowReader.Blocking(db).Stream(SituationRow.Living(db).OrderBy(r => r.Id), SituationRow.Read))
        {
            chunk.Add(row);
            if (chunk.Count == ChunkSize)
            {
                emit(chunk);
                chunk = new List<SituationRow>(ChunkSize);
            }
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
}
