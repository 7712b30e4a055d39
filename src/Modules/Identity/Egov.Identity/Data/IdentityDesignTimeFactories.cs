using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Egov.Identity.Data;

internal sealed class IdentitySqliteDesignTimeFactory : IDesignTimeDbContextFactory<IdentitySqliteDbContext>
{
    public IdentitySqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<IdentitySqliteDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class IdentityPostgresDesignTimeFactory : IDesignTimeDbContextFactory<IdentityPostgresDbContext>
{
    public IdentityPostgresDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<IdentityPostgresDbContext>(DatabaseProvider.Postgres));
}
