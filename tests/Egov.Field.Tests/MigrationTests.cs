using Egov.Field.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new FieldSqliteDbContext(DesignTimeOptions.For<FieldSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new FieldPostgresDbContext(DesignTimeOptions.For<FieldPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} field migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
