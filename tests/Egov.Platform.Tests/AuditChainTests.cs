using Egov.Cli.Commands;
using Egov.Platform.Audit;
using Egov.Platform.Data;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 5);

        var result = await VerifyAsync(host);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Entries);
    }

    [Fact]
    public async Task Verify_WhenOneStoredEntryIsChanged_NamesThatEntry()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 5);

        await TamperAsync(host, db => db.AuditEntries.Where(e => e.Sequence == 3)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Purpose, "something else"), Ct));

        var result = await VerifyAsync(host);
        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(2, result.Entries);
        Assert.Contains("content does not match its hash", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenAnEntryIsDeleted_NamesTheEntryAfterTheGap()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 4);

        await TamperAsync(host, db => db.AuditEntries.Where(e => e.Sequence == 2).ExecuteDeleteAsync(Ct));

        Assert.Equal(3, (await VerifyAsync(host)).BrokenAt);
    }

    [Fact]
    public async Task Verify_WhenAnEntryIsRewrittenWithAFreshHash_BreaksAtTheNextLink()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 4);

        // A forger who recomputes the changed entry's own hash still breaks the following entry's link.
        await TamperAsync(host, async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 2, Ct);
            entry.Actor = "someone-else";
            entry.Hash = AuditHash.Compute(entry);
            return await db.SaveChangesAsync(Ct);
        });

        var result = await VerifyAsync(host);
        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("previous-hash", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_FromManyWritersAtOnce_KeepsOneUnbrokenChain()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AppendAsync(host, 10), Ct)));

        var result = await VerifyAsync(host);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(80, result.Entries);
    }

    [Fact]
    public async Task AppendMany_ChainsTheRecordsInOrder_WithFollowingSequenceNumbers()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 2);
        AuditRecord[] records = [.. Enumerable.Range(0, 3).Select(i => new AuditRecord("client:agency", "registries.exchange.feed.death", $"resident:{i}"))];

        IReadOnlyList<long> sequences;
        await using (var scope = host.CreateAsyncScope())
        {
            sequences = await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendManyAsync(records, Ct);
        }

        Assert.Equal([3L, 4L, 5L], sequences);
        await AppendAsync(host, 1);
        var result = await VerifyAsync(host);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(6, result.Entries);
        await using var read = host.CreateAsyncScope();
        var subjects = await read.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.Sequence >= 3 && e.Sequence <= 5).OrderBy(e => e.Sequence).Select(e => e.Subject).ToListAsync(Ct);
        Assert.Equal(["resident:0", "resident:1", "resident:2"], subjects);
    }

    [Fact]
    public async Task Append_WhenTheDatabaseRefusesOneAppendOfATurn_FailsOnlyThatCaller()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await RefuseSubjectAsync(host, "person:refused");

        List<Task<long>> appends;
        // Another copy's turn holds the chain, so the appends below queue behind it and are written together.
        await using (await HoldTheChainAsync(host))
        {
            appends = [.. Enumerable.Range(0, 10).Select(i => AppendOneAsync(host, i == 4 ? "person:refused" : $"person:{i}"))];
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => appends[4]);
        var written = await Task.WhenAll(appends.Where((_, i) => i != 4));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => (long)n), written.Order());
        var result = await VerifyAsync(host);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(9, result.Entries);
    }

    [Fact]
    public async Task CliVerify_PrintsIntactOrTheBrokenEntry_WithExitCode()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await AppendAsync(host, 3);

        var (intactCode, intactOutput) = await CliRunner.RunAsync(database, AuditCommands.Create(), "verify");
        Assert.Equal(0, intactCode);
        Assert.Equal("audit chain intact: 3 entries", intactOutput.Trim());

        await TamperAsync(host, db => db.AuditEntries.Where(e => e.Sequence == 2)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Subject, "tampered"), Ct));
        var (brokenCode, brokenOutput) = await CliRunner.RunAsync(database, AuditCommands.Create(), "verify");
        Assert.Equal(1, brokenCode);
        Assert.StartsWith("audit chain broken at entry 2:", brokenOutput.Trim(), StringComparison.Ordinal);
    }

    private static async Task AppendAsync(IServiceProvider host, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = host.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(
                new AuditRecord("official:42", "registries.person.read", $"person:{i}", Purpose: "benefit check", LegalBasis: "Act §9"), Ct);
        }
    }

    private static async Task<long> AppendOneAsync(IServiceProvider host, string subject)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(new AuditRecord("official:42", "registries.person.read", subject), Ct);
    }

    // A turn of another host copy: its transaction (SQLite's write lock; PostgreSQL's chain lock) until disposed.
    private static async Task<IAsyncDisposable> HoldTheChainAsync(IServiceProvider host)
    {
        var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database;
        var tx = await db.BeginTransactionAsync(Ct);
        if (db.IsNpgsql())
        {
            await db.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditChainWriter.ChainLockKey})", Ct);
        }

        return new Released(tx, scope);
    }

    // A trigger refusing the entries about one subject, as a failing database would.
    private static async Task RefuseSubjectAsync(IServiceProvider host, string subject)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database;
        await db.ExecuteSqlRawAsync(db.IsSqlite()
            ? $"CREATE TRIGGER refuse_subject BEFORE INSERT ON platform_audit_entries WHEN NEW.subject = '{subject}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            : $"""
               CREATE FUNCTION platform.refuse_subject() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN IF NEW.subject = '{subject}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
               CREATE TRIGGER refuse_subject BEFORE INSERT ON platform.audit_entries FOR EACH ROW EXECUTE FUNCTION platform.refuse_subject()
               """, Ct);
    }

    private static async Task<AuditVerification> VerifyAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().VerifyAsync(cancellationToken: Ct);
    }

    private static async Task TamperAsync(IServiceProvider host, Func<PlatformDbContext, Task<int>> change)
    {
        await using var scope = host.CreateAsyncScope();
        Assert.Equal(1, await change(scope.ServiceProvider.GetRequiredService<PlatformDbContext>()));
    }

    private sealed class Released(IDbContextTransaction transaction, AsyncServiceScope scope) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
