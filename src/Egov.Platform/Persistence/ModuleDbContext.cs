using Egov.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>
/// Base of a module's DbContext. A module owns its tables: on PostgreSQL they live in the module's schema,
/// on SQLite (one file for all modules) they carry the schema as a prefix. Every module also owns an outbox
/// and an inbox so its events leave in the same transaction as its changes.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModule(modelBuilder);
        ModuleModel.Configure(modelBuilder, this);
    }

    /// <summary>The module's own entities.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder);
}
