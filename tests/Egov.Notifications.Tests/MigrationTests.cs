using Egov.Notifications.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new NotificationsSqliteDbContext(DesignTimeOptions.For<NotificationsSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new NotificationsPostgresDbContext(DesignTimeOptions.For<NotificationsPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} notifications migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
