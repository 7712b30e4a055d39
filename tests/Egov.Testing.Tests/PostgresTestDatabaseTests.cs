using Npgsql;

namespace Egov.Testing.Tests;

[PostgresOnly]
public sealed class PostgresTestDatabaseTests
{
    [Fact]
    public async Task CreateAsync_GivesAnEmptyDatabaseOfItsOwn()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(database.Name, reader.GetString(0));
        Assert.Equal(0, reader.GetInt64(1));
    }

    [Fact]
    public async Task CreateAsync_TwiceGivesTwoDatabases()
    {
        await using var first = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var second = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first.Name, second.Name);
        Assert.True(await ExistsAsync(first.Name));
        Assert.True(await ExistsAsync(second.Name));
    }

    [Fact]
    public async Task DisposeAsync_WhileAConnectionIsOpen_DropsTheDatabase()
    {
        var database = await PostgresTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var stillOpen = new NpgsqlConnection(database.ConnectionString);
        await stillOpen.OpenAsync(TestContext.Current.CancellationToken);

        await database.DisposeAsync();

        Assert.False(await ExistsAsync(database.Name));
    }

    private static async Task<bool> ExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestProvider.Current.PostgresRequired());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = name } },
        };
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! == 1;
    }
}
