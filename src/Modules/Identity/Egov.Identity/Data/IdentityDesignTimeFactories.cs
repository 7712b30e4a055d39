using Egov.Platform.Persistence;

namespace Egov.Identity.Data;

internal sealed class IdentitySqliteDesignTimeFactory : DesignTimeFactory<IdentitySqliteDbContext>;

internal sealed class IdentityPostgresDesignTimeFactory : DesignTimeFactory<IdentityPostgresDbContext>;
