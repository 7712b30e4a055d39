using Egov.Platform.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Egov.Platform.Tests.Support;

/// <summary>
/// Makes the outbox's acknowledgement save fail as if the process died right after the handler committed:
/// the dispatcher's state at that instant is exactly what a crash leaves in the database.
/// </summary>
internal sealed class CrashBeforeAcknowledgement : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var acknowledging = eventData.Context!.ChangeTracker.Entries<OutboxDelivery>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.Status == DeliveryStatus.Done);
        return acknowledging
            ? throw new SimulatedCrashException()
            : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("simulated process death")
    {
    }
}
