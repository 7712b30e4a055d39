using Egov.Platform.Audit;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Platform.Tests;

public sealed class AuditReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForSubject_ListsOnlyThatSubject_NewestFirst_PagedBySequence()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = await PlatformServices.BuildMigratedAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await using (var scope = host.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            foreach (var subject in new[] { "resident:a", "resident:b", "resident:a", "resident:ab", "resident:a" })
            {
                await log.AppendAsync(new AuditRecord("account:x", "test.read", subject), Ct);
            }
        }

        await using var read = host.CreateAsyncScope();
        var reader = read.ServiceProvider.GetRequiredService<IAuditReader>();
        var first = await reader.ForSubjectAsync("resident:a", null, 2, Ct);
        var older = await reader.ForSubjectAsync("resident:a", first[^1].Sequence, 2, Ct);

        Assert.Equal([5L, 3L], first.Select(e => e.Sequence));
        Assert.Equal([1L], older.Select(e => e.Sequence));
        Assert.Empty(await reader.ForSubjectAsync("resident:none", null, 10, Ct));
    }
}
