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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.Tests;

/// <summary>
/// Checks answered in batches on the real host and database: every answered check of a known document has its row,
/// each check of a batch gets its own document's answer, a batch the database refuses fails each of its checks and
/// writes none, stopping answers what was queued.
/// </summary>
public sealed class VerificationQueueTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
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
    public async Task OneBatch_AnswersEachCheckForItsOwnDocument_AndRecordsOnlyKnownOnes()
    {
        var valid = await IssueAsync();
        var revoked = await IssueAsync();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Documents.Where(d => d.Id == revoked.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RevokedAt, DateTime.UtcNow), Ct);
        }

        PendingCheck[] batch =
        [
            new(revoked.Number, VerificationChannels.Pdf, "bank"), new("1234-5678-9012-3450", VerificationChannels.Number, null),
            new(valid.Number, VerificationChannels.Number, null), new(revoked.Number, VerificationChannels.Number, null),
        ];
        host.Factory.Services.GetRequiredService<VerificationQueue>().Answer(batch);

        var answers = await Task.WhenAll(batch.Select(p => p.Answered.Task));
        Assert.Equal([DocumentStatus.Revoked, DocumentStatus.Unknown, DocumentStatus.Valid, DocumentStatus.Revoked], answers.Select(a => a.Status));
        Assert.Equal([revoked.Id, null, valid.Id, revoked.Id], answers.Select(a => a.Document?.Id));
        Assert.Equal(1, await RowsAsync(valid));
        await using var check = host.Factory.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<DocumentsDbContext>().Verifications
            .Where(v => v.DocumentSequence == revoked.Sequence).OrderBy(v => v.Id).Select(v => new { v.Channel, v.Verifier, v.Outcome }).ToListAsync(Ct);
        Assert.Equal([new { Channel = "pdf", Verifier = (string?)"bank", Outcome = "revoked" }, new { Channel = "number", Verifier = (string?)null, Outcome = "revoked" }], rows);
    }

    [Fact]
    public async Task ABatchTheDatabaseRefuses_FailsEveryWaiter_AndWritesNone()
    {
        var document = await IssueAsync();
        var queue = host.Factory.Services.GetRequiredService<VerificationQueue>();
        PendingCheck[] batch = [new(document.Number, VerificationChannels.Number, null), new(document.Number, null!, null)];

        queue.Answer(batch);

        Assert.All(batch, pending => Assert.IsAssignableFrom<DbException>(pending.Answered.Task.Exception?.InnerException));
        Assert.Equal(0, await RowsAsync(document));
    }

    [Fact]
    public async Task ABatchTheDatabaseRefuses_AnswersEachCheckAProblem_AndWritesNone()
    {
        var document = await IssueAsync();
        await using var refusal = await RefuseVerificationsAsync();

        using var response = await host.Factory.CreateClient().PostAsJsonAsync("/api/v1/documents/verify", new { number = document.Number }, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await RowsAsync(document));
    }

    [Fact]
    public async Task ARefusedCheck_ThrowsToItsCaller_AndTheWorkerGoesOn()
    {
        var document = await IssueAsync();
        var queue = host.Factory.Services.GetRequiredService<VerificationQueue>();

        await Assert.ThrowsAnyAsync<DbException>(() => queue.CheckAsync(document.Number, null!, null, Ct));
        Assert.Equal(DocumentStatus.Valid, (await queue.CheckAsync(document.Number, VerificationChannels.Number, null, Ct)).Status);

        Assert.Equal(1, await RowsAsync(document));
    }

    [Fact]
    public async Task Stopping_AnswersEveryQueuedCheck_AndLaterChecksRunAlone()
    {
        var document = await IssueAsync();
        var queue = new VerificationQueue(host.Factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var worker = new VerificationQueueWorker(queue);
        await worker.StartAsync(Ct);

        var queued = Enumerable.Range(0, 100).Select(_ => queue.CheckAsync(document.Number, VerificationChannels.Number, null, Ct)).ToList();
        await worker.StopAsync(Ct);
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await queue.CheckAsync(document.Number, VerificationChannels.Number, null, Ct);

        Assert.Equal(101, await RowsAsync(document));
    }

    // A trigger that refuses every verification row, as a failing database would; dropped when disposed.
    private async Task<IAsyncDisposable> RefuseVerificationsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Database;
        var (create, drop) = database.IsSqlite()
            ? ("CREATE TRIGGER refuse_verifications BEFORE INSERT ON documents_verifications BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
                "DROP TRIGGER refuse_verifications")
            : ("""
               CREATE FUNCTION documents.refuse_verifications() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
               CREATE TRIGGER refuse_verifications BEFORE INSERT ON documents.verifications FOR EACH ROW EXECUTE FUNCTION documents.refuse_verifications()
               """,
                "DROP TRIGGER refuse_verifications ON documents.verifications; DROP FUNCTION documents.refuse_verifications()");
        await database.ExecuteSqlRawAsync(create, Ct);
        return new Dropping(host, drop);
    }

    private sealed class Dropping(EgovHostFixture host, string drop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Database.ExecuteSqlRawAsync(drop);
        }
    }

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
