using Egov.Platform.Data;
using Egov.Platform.Persistence;
using Egov.Platform.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Egov.Platform.Tests;

public sealed class DatabaseSettingsTests
{
    private static DatabaseSettings Postgres(string connectionString) => DatabaseSettings.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Egov"] = connectionString,
        }).Build(),
        AppContext.BaseDirectory);

    [Theory]
    [InlineData("Host=db;Database=egov", "-c jit=off")]
    [InlineData("Host=db;Database=egov;Options=-c search_path=egov", "-c search_path=egov -c jit=off")]
    public void Postgres_WithoutAWordOnJit_TurnsItOff(string connectionString, string options)
    {
        var settings = Postgres(connectionString);

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(options, builder.Options);
        Assert.Equal("db", builder.Host);
        Assert.Equal("egov", builder.Database);
    }

    [Fact]
    public void Postgres_WhoseOptionsSetJit_KeepsThem()
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres("Host=db;Database=egov;Options=-c jit=on").ConnectionString);

        Assert.Equal("-c jit=on", builder.Options);
    }

    [Theory]
    [InlineData("Host=db;Database=egov", DatabaseSettings.MaxAutoPrepare)]
    [InlineData("Host=db;Database=egov;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=egov;maxautoprepare=8", 8)]
    public void Postgres_PreparesItsHotStatements_UnlessTheStringSaysOtherwise(string connectionString, int prepared)
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres(connectionString).ConnectionString);

        Assert.Equal(prepared, builder.MaxAutoPrepare);
    }

    [Fact]
    [PostgresOnly]
    public async Task ModuleContexts_OnPostgres_RunWithoutJit()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            Assert.Skip("PostgreSQL only: SQLite has no JIT compiler.");
        }

        await using var services = PlatformServices.Build(database, new FakeTimeProvider());
        await using var scope = services.CreateAsyncScope();
        var jit = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database
            .SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal("off", jit);
    }
}
