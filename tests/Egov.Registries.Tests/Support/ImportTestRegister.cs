using System.Security.Cryptography;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Features.ImportRegisters;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Support;

/// <summary>A migrated test database with the registries module, for import and export tests.</summary>
internal sealed class ImportTestRegister : IAsyncDisposable
{
    private ImportTestRegister(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public static async Task<ImportTestRegister> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        return new ImportTestRegister(database, await RegistriesServices.BuildMigratedAsync(database));
    }

    public async Task<ImportResult> ImportAsync(string directory, string source = "census", int batchSize = 50_000, bool firstLoad = false)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegisterFiles>()
            .ImportAsync(new ImportRequest(directory, source, batchSize, firstLoad), cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Whether the database has the unique index of resident numbers (their keyed hashes).</summary>
    public async Task<bool> HasNumberIndexAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var (residents, name) = NumberIndex(db);
        var store = BatchStore.For(db);
        await store.OpenAsync(TestContext.Current.CancellationToken);
        var names = await store.IndexNamesAsync(residents.GetSchema(), residents.GetTableName()!, TestContext.Current.CancellationToken);
        return names.Contains(name);
    }

    /// <summary>Drops the unique index of resident numbers, as a first load interrupted before the end of its file leaves it.</summary>
    public async Task DropNumberIndexAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var (residents, name) = NumberIndex(db);
        var schema = residents.GetSchema();
        await db.Database.ExecuteSqlRawAsync(schema is null ? $"DROP INDEX \"{name}\"" : $"DROP INDEX \"{schema}\".\"{name}\"", TestContext.Current.CancellationToken);
    }

    private static (IEntityType Residents, string Name) NumberIndex(RegistriesDbContext db)
    {
        var residents = db.Model.FindEntityType(typeof(Resident))!;
        return (residents, residents.GetIndexes().Single(i => i.IsUnique).GetDatabaseName()!);
    }

    public async Task<ExportResult> ExportAsync(string directory, string? source = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegisterFiles>()
            .ExportAsync(new ExportRequest(directory, source), TestContext.Current.CancellationToken);
    }

    /// <summary>Rows of the file's register table that came from an import.</summary>
    public async Task<int> ImportedRowsAsync(string file)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return file switch
        {
            "addresses.csv" => await db.Addresses.CountAsync(r => r.FileId != null, ct),
            "households.csv" => await db.Households.CountAsync(r => r.FileId != null, ct),
            "residents.csv" => await db.Residents.CountAsync(r => r.FileId != null, ct),
            "family_links.csv" => await db.FamilyLinks.CountAsync(r => r.FileId != null, ct),
            "parcels.csv" => await db.Parcels.CountAsync(r => r.FileId != null, ct),
            "buildings.csv" => await db.Buildings.CountAsync(r => r.FileId != null, ct),
            "ownership.csv" => await db.Ownerships.CountAsync(r => r.FileId != null, ct),
            _ => throw new ArgumentException($"no count for {file}", nameof(file)),
        };
    }

    /// <summary>Row counts of every register and a hash of everything the import wrote (its export, ids included).</summary>
    public async Task<string> ChecksumAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var counts = string.Join(",", await db.Residents.CountAsync(ct), await db.Households.CountAsync(ct), await db.Addresses.CountAsync(ct),
            await db.Residences.CountAsync(ct), await db.FamilyLinks.CountAsync(ct), await db.Parcels.CountAsync(ct), await db.Buildings.CountAsync(ct),
            await db.Companies.CountAsync(ct), await db.Representatives.CountAsync(ct), await db.Ownerships.CountAsync(ct),
            await db.Encumbrances.CountAsync(ct), await db.ImportedBatches.CountAsync(ct));
        var ids = string.Join(",", (await db.Residents.Select(r => r.Id).ToListAsync(ct)).Order());
        var folder = Directory.CreateTempSubdirectory("egov-export-").FullName;
        try
        {
            await ExportAsync(folder);
            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray();
            return $"{counts}/{Convert.ToHexString(SHA256.HashData(files))}/{Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ids)))}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
