using Egov.Collaboration.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Collaboration.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new CollaborationSqliteDbContext(DesignTimeOptions.For<CollaborationSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new CollaborationPostgresDbContext(DesignTimeOptions.For<CollaborationPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} collaboration migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
