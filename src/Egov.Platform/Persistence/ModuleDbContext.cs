using Egov.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>
/// Base of every module's DbContext. A module owns its tables: on PostgreSQL they live in the module's
/// schema, on SQLite (one file for all modules) they carry the schema as a prefix. Every module also owns
/// an outbox and an inbox so its events leave in the same transaction as its changes.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Schema on PostgreSQL, table prefix on SQLite, from the context's <see cref="ModuleSchemaAttribute"/>.</summary>
    public string Schema => ModuleSchemaAttribute.Of(GetType());

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    /// <summary>Queues an integration event; it is stored by the next SaveChanges, in the same transaction.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent, DateTime occurredAtUtc) =>
        OutboxMessages.Add(OutboxMessage.Create(integrationEvent, occurredAtUtc));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        OutboxModel.Configure(modelBuilder);
        ConfigureModule(modelBuilder);

        if (Database.IsSqlite())
        {
            foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                entity.SetTableName($"{Schema}_{entity.GetTableName()}");
            }
        }
        else
        {
            modelBuilder.HasDefaultSchema(Schema);
        }
    }

    /// <summary>The module's own entities.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
