using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Documents.Verifying;
using Egov.Registries.Contracts;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// The group commit of verification records on the real host and database: every answered check has its row, a
/// batch the database refuses fails each of its checks and writes none, stopping commits what was queued.
/// </summary>
public sealed class VerificationLogTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentChecksThroughTheApi_LeaveExactlyOneRowEach()
    {
        var document = await IssueAsync();
        var client = host.Factory.CreateClient();

        var answers = new ConcurrentBag<HttpStatusCode>();
        // 32 in flight, not 200: each holds a connection, and the PostgreSQL test cluster's 100 are shared by the test classes.
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Ct }, async (_, ct) =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/documents/verify", new { number = document.Number }, ct);
            answers.Add(response.StatusCode);
        });

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(200, await RowsAsync(document));
    }

    [Fact]
    public async Task ABatchTheDatabaseRefuses_FailsEveryWaiter_AndWritesNone()
    {
        var document = await IssueAsync();
        var log = host.Factory.Services.GetRequiredService<VerificationLog>();
        PendingVerification[] batch = [new(Row(document)), new(Row(document, outcome: null!))];

        await log.CommitAsync(batch, Ct);

        Assert.All(batch, pending => Assert.IsAssignableFrom<DbException>(pending.Committed.Task.Exception?.InnerException));
        Assert.Equal(0, await RowsAsync(document));
    }

    [Fact]
    public async Task ABatchTheDatabaseRefuses_AnswersEachCheckAProblem_AndWritesNone()
    {
        var document = await IssueAsync();
        using var refusing = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<DocumentsSqliteDbContext>(o => o.AddInterceptors(new RefuseVerifications()));
            services.ConfigureDbContext<DocumentsPostgresDbContext>(o => o.AddInterceptors(new RefuseVerifications()));
        }));

        using var response = await refusing.CreateClient().PostAsJsonAsync("/api/v1/documents/verify", new { number = document.Number }, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await RowsAsync(document));
    }

    [Fact]
    public async Task ARefusedCheck_ThrowsToItsCaller_AndTheWriterGoesOn()
    {
        var document = await IssueAsync();
        var log = host.Factory.Services.GetRequiredService<VerificationLog>();

        await Assert.ThrowsAnyAsync<DbException>(() => log.RecordAsync(Row(document, outcome: null!), Ct));
        await log.RecordAsync(Row(document), Ct);

        Assert.Equal(1, await RowsAsync(document));
    }

    [Fact]
    public async Task Stopping_CommitsEveryQueuedCheck_AndLaterChecksCommitAlone()
    {
        var document = await IssueAsync();
        var log = new VerificationLog(host.Factory.Services.GetRequiredService<IServiceScopeFactory>());
        var writer = new VerificationLogWriter(log);
        await writer.StartAsync(Ct);

        var queued = Enumerable.Range(0, 100).Select(_ => log.RecordAsync(Row(document), Ct)).ToList();
        await writer.StopAsync(Ct);
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await log.RecordAsync(Row(document), Ct);

        Assert.Equal(101, await RowsAsync(document));
    }

    // The log appends with its own INSERT, not SaveChanges: refuse that statement as a failing database would.
    private sealed class RefuseVerifications : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.StartsWith("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains("verifications", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The test database refuses verification rows.")
                : ValueTask.FromResult(result);
    }

    private static Verification Row(IssuedDocument document, string outcome = "valid") => new()
    {
        DocumentSequence = document.Sequence, At = DateTime.UtcNow, Channel = VerificationChannels.Number, Outcome = outcome,
    };

    private async Task<int> RowsAsync(IssuedDocument document)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Verifications.CountAsync(v => v.DocumentSequence == document.Sequence, Ct);
    }

    private async Task<IssuedDocument> IssueAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var kim = new ResidentId(StableId.For("kr", "resident", "kim-minjun"));
        var result = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(
            new IssueRequest("basic-certificate", CertificateSubject.Of(kim), kim, "self", "ko", null, null, null, "account:test", null), Ct);
        return result.Document!;
    }
}
