using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Persistence;

/// <summary>
/// Options for <c>dotnet ef</c> at design time. Generating migrations needs no server: the connection
/// strings below are never opened.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> For<T>(DatabaseProvider provider)
        where T : DbContext
    {
        var settings = new DatabaseSettings(provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design",
            MigrateAtStartup: false);
        var builder = new DbContextOptionsBuilder<T>();
        ModuleDbContextOptions.Configure(builder, settings, ModuleSchemaAttribute.Of(typeof(T)));
        return builder.Options;
    }
}
