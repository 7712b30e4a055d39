using Egov.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>The model rules every module context applies: outbox tables, UTC times, schema or prefix.</summary>
public static class ModuleModel
{
    /// <summary>Call after the module's own entities are configured, so the naming rule covers them all.</summary>
    public static void Configure(ModelBuilder modelBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(context);
        OutboxModel.Configure(modelBuilder);
        var schema = ModuleSchemaAttribute.Of(context.GetType());
        if (context.Database.IsSqlite())
        {
            // Owned types (JSON columns) live in their owner's table and follow it.
            foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
            {
                entity.SetTableName($"{schema}_{entity.GetTableName()}");
            }
        }
        else
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }

    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
