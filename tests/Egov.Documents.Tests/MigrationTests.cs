using Egov.Documents.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new DocumentsSqliteDbContext(DesignTimeOptions.For<DocumentsSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new DocumentsPostgresDbContext(DesignTimeOptions.For<DocumentsPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} documents migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
