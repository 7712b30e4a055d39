using Egov.Platform.Audit;
using Egov.Platform.Events;
using Egov.Platform.Persistence;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.LifeEvents;

/// <summary>
/// Writes a validated change to the registers together with its life-event row (the change feed) and its
/// integration event (the outbox), in one transaction, then audits it. Recording takes the feed lock so that
/// sequences become visible in order: a follower reading "after N" never skips a row committed later with a
/// smaller number. Life events are a few thousand a day at national scale, so one writer at a time is cheap.
/// </summary>
internal sealed class LifeEventRecorder(RegistriesDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Applies <paramref name="change"/> (already validated) to the tracked registers, then records the event
    /// that <paramref name="publish"/> builds from the feed sequence.
    /// </summary>
    public Task<RecordResult> RecordAsync(
        LifeEvent lifeEvent, Action change, Func<long, IIntegrationEvent> publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RecordAsync(lifeEvent, _ =>
        {
            change();
            return Task.CompletedTask;
        }, publish, cancellationToken);
    }

    /// <summary>
    /// The same with a change that reads the registers first: it runs under the feed lock, so what it reads
    /// (a free resident number) is not taken by another recording before this one commits.
    /// </summary>
    public async Task<RecordResult> RecordAsync(
        LifeEvent lifeEvent, Func<CancellationToken, Task> change, Func<long, IIntegrationEvent> publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lifeEvent);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(publish);
        var now = time.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await TakeFeedLockAsync(cancellationToken);
            await change(cancellationToken);
            lifeEvent.RecordedAt = now;
            db.LifeEvents.Add(lifeEvent);
            await db.SaveChangesAsync(cancellationToken);
            db.AddIntegrationEvent(publish(lifeEvent.Sequence), now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The audit chain is the platform's (its own table and lock): written once the change is committed.
        foreach (var subject in new[] { lifeEvent.ResidentId, lifeEvent.RelatedResidentId }.OfType<Guid>())
        {
            await audit.AppendAsync(
                new AuditRecord(lifeEvent.RecordedBy, $"registries.lifeEvent.{lifeEvent.Kind}", $"resident:{subject}", Purpose: "registries.life-event"),
                cancellationToken);
        }

        return new RecordResult(lifeEvent.Sequence, [], lifeEvent.ResidentId);
    }

    private async Task TakeFeedLockAsync(CancellationToken cancellationToken)
    {
        // SQLite allows one writer at a time anyway; PostgreSQL needs the lock, released at commit or rollback.
        // Taken before the event's sequence is drawn: why a feed follower then never skips one is at FeedEvents.PageAsync.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('registries.life_events'))", cancellationToken);
        }
    }
}
