using Egov.Platform.Events;
using Egov.Platform.Persistence;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Platform.Tests.Support;

/// <summary>A module as the platform sees one: its own context, outbox, inbox, an event and a handler.</summary>
[ModuleSchema("sample")]
internal abstract class SampleDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Effect>(b => b.ToTable("effects"));

    public static async Task CreateTablesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(TestContext.Current.CancellationToken);
    }
}

internal sealed class SampleSqliteDbContext(DbContextOptions<SampleSqliteDbContext> options) : SampleDbContext(options);

internal sealed class SamplePostgresDbContext(DbContextOptions<SamplePostgresDbContext> options) : SampleDbContext(options);

/// <summary>A row a handler writes: counting rows per message proves exactly-once.</summary>
internal sealed class Effect
{
    public int Id { get; set; }

    public Guid MessageId { get; set; }

    public string Note { get; set; } = "";

    public DateTime? At { get; set; }
}

internal sealed record SomethingHappened(string Note) : IIntegrationEvent;

/// <summary>Records its work in the sample module; fails on demand to exercise retries.</summary>
internal sealed class RecordEffectHandler(SampleDbContext db, HandlerSwitch handlerSwitch) : IIntegrationEventHandler<SomethingHappened>
{
    public async Task HandleAsync(SomethingHappened integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (handlerSwitch.Fail)
        {
            throw new InvalidOperationException("handler told to fail");
        }

        db.Effects.Add(new Effect { MessageId = context.MessageId, Note = integrationEvent.Note });
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class HandlerSwitch
{
    public bool Fail { get; set; }
}

internal static class SampleModuleRegistration
{
    private static void IgnorePendingModelChanges(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static void Add(IServiceCollection services, DatabaseSettings settings, HandlerSwitch? handlerSwitch = null)
    {
        services.AddModuleDbContext<SampleDbContext, SampleSqliteDbContext, SamplePostgresDbContext>(settings);
        // The sample module has no migration set of its own: its tables are created directly by the tests.
        services.ConfigureDbContext<SampleSqliteDbContext>(IgnorePendingModelChanges);
        services.ConfigureDbContext<SamplePostgresDbContext>(IgnorePendingModelChanges);
        services.AddSingleton(handlerSwitch ?? new HandlerSwitch());
        services.AddIntegrationEventHandler<SomethingHappened, RecordEffectHandler, SampleDbContext>();
    }
}
