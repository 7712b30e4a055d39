using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Egov.Platform.Data;

internal sealed class PlatformSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PlatformSqliteDbContext>
{
    public PlatformSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PlatformSqliteDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PlatformPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PlatformPostgresDbContext>
{
    public PlatformPostgresDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PlatformPostgresDbContext>(DatabaseProvider.Postgres));
}
