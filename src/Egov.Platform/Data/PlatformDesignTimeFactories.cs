using Egov.Platform.Persistence;

namespace Egov.Platform.Data;

internal sealed class PlatformSqliteDesignTimeFactory : DesignTimeFactory<PlatformSqliteDbContext>;

internal sealed class PlatformPostgresDesignTimeFactory : DesignTimeFactory<PlatformPostgresDbContext>;
