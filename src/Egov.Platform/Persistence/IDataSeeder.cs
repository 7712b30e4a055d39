namespace Egov.Platform.Persistence;

/// <summary>
/// Data a module needs once its tables exist (a demo deployment's sample partner, reference rows). Run by
/// <see cref="DatabaseMigrator"/> after every migration, so it must be idempotent.
/// </summary>
public interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
