using Egov.Benefits.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new BenefitsSqliteDbContext(DesignTimeOptions.For<BenefitsSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new BenefitsPostgresDbContext(DesignTimeOptions.For<BenefitsPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} benefits migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
