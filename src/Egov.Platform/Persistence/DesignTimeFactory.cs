using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Egov.Platform.Persistence;

/// <summary>
/// What <c>dotnet ef</c> uses to build a module's provider-specific context without a host. A module
/// declares one line per provider: <c>internal sealed class XSqliteDesignTimeFactory : DesignTimeFactory&lt;XSqliteDbContext&gt;;</c>
/// (the provider follows from the context's name).
/// </summary>
public abstract class DesignTimeFactory<T> : IDesignTimeDbContextFactory<T>
    where T : DbContext
{
    public T CreateDbContext(string[] args)
    {
        var provider = typeof(T).Name.Contains("Postgres", StringComparison.Ordinal) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        return (T)Activator.CreateInstance(typeof(T), DesignTimeOptions.For<T>(provider))!;
    }
}
