using Egov.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>
/// What every module's DbContext has: its outbox and inbox. Most modules derive from
/// <see cref="ModuleDbContext"/>; a module whose context must derive from a framework base (ASP.NET Core
/// Identity's) implements this and calls <see cref="ModuleModel"/> from its model hooks instead.
/// </summary>
public interface IModuleDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<OutboxDelivery> OutboxDeliveries { get; }

    DbSet<InboxEntry> InboxEntries { get; }
}

/// <summary>Publishing from any module context.</summary>
public static class ModuleDbContextExtensions
{
    /// <summary>Queues an integration event; it is stored by the next SaveChanges, in the same transaction.</summary>
    public static void AddIntegrationEvent(this IModuleDbContext db, IIntegrationEvent integrationEvent, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.OutboxMessages.Add(OutboxMessage.Create(integrationEvent, occurredAtUtc));
    }
}
