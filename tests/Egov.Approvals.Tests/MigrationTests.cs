using Egov.Approvals.Data;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Tests;

public sealed class MigrationTests
{
    public static TheoryData<string, DbContext> ProviderContexts => new()
    {
        { "sqlite", new ApprovalsSqliteDbContext(DesignTimeOptions.For<ApprovalsSqliteDbContext>(DatabaseProvider.Sqlite)) },
        { "postgres", new ApprovalsPostgresDbContext(DesignTimeOptions.For<ApprovalsPostgresDbContext>(DatabaseProvider.Postgres)) },
    };

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_OfEachProvider_CoverTheModel(string provider, DbContext context)
    {
        using (context)
        {
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {provider} approvals migrations miss a model change: run eng/add-migration.sh for both providers.");
        }
    }
}
