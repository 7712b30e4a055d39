using System.Text;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary><see cref="IRegisterFiles.ImportAsync"/> on the configured database: a valid folder, each kind of bad row, re-runs.</summary>
public sealed class RegisterImportTests
{
    private static readonly DataPurpose Purpose = new("system:test", "test", "test");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_SmallFolder_FillsTheRegistersAndTheDirectoryFindsAResident()
    {
        using var folder = new PopulationFolder();
        await using var register = await ImportTestRegister.CreateAsync();

        var result = await register.ImportAsync(folder.Directory);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal([2, 2, 6, 6, 7, 2, 1, 2, 2, 5, 1], result.Files.Select(f => f.RowsWritten));
        await using var scope = register.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IResidentDirectory>();
        var found = await directory.FindByIdentifierAndNameAsync(PopulationFolder.Numbers[1][..6] + "-" + PopulationFolder.Numbers[1][6..], "이서연", Purpose, Ct);
        Assert.NotNull(found);
        Assert.Equal(ImportContext.IdOf("census", "resident", 2), found.Id.Value);
        var children = await directory.MinorChildrenAsync(new ResidentId(ImportContext.IdOf("census", "resident", 1)), new DateOnly(2026, 11, 29), Purpose, Ct);
        Assert.Equal(["김하준", "김지우"], children.Select(c => c.Name));
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var company = await db.Companies.SingleAsync(c => c.FileId == 1, Ct);
        Assert.Equal(ImportContext.IdOf("census", "address", 1), company.AddressId);
        Assert.Equal("101동 1001호, \"햇살\"", (await db.Addresses.SingleAsync(a => a.FileId == 1, Ct)).Detail);
    }

    [Theory]
    [InlineData("residents.csv", 3, "3,{1},이서연,,1982-07-07,female,KR,alive,,11110,1,spouse", "residents.csv:3: row: 12 fields, expected 13")]
    [InlineData("residents.csv", 2, "1,{0}X,김도윤,,1980-05-05,male,KR,alive,,11110,1,head,", "residents.csv:2: resident_number: check digit does not match")]
    [InlineData("residents.csv", 2, "1,{0},김도윤,,1980-05-06,male,KR,alive,,11110,1,head,", "residents.csv:2: resident_number: does not agree with birth_date")]
    [InlineData("residents.csv", 3, "2,{0},김도윤,,1980-05-05,male,KR,alive,,11110,1,spouse,", "residents.csv:3: resident_number: the same number as line 2")]
    [InlineData("residents.csv", 4, "3,{2},김하준,,2012-01-10,male,KR,alive,,11110,9,child,", "residents.csv:4: household_id: no row with this id in households.csv")]
    [InlineData("addresses.csv", 3, "2,99999,04524,을지로,100,", "addresses.csv:3: region_code: not a region code of the pack")]
    [InlineData("family_links.csv", 3, "5,2,parent,1982-07-07,", "family_links.csv:3: relative_id: the parent is born after the child")]
    [InlineData("parcels.csv", 2, "1,11110,1-1,땅,330.50", "parcels.csv:2: land_category: not a code the pack lists for this column")]
    [InlineData("buildings.csv", 2, "1,1,광화문 빌딩,성,12,1520.75,2001-05-01", "buildings.csv:2: use: not a code the pack lists for this column")]
    [InlineData("ownership.csv", 2, "building,1,company,1,1,1,2001-05-01,bought,", "ownership.csv:2: cause: not one of auction, gift, inheritance, new_building, sale")]
    public async Task Import_BadRow_NamesFileLineAndColumn_AndWritesNothingOfItsBatch(string file, int line, string text, string expected)
    {
        using var folder = new PopulationFolder();
        var wrongNumber = PopulationFolder.Numbers[0][..^1] + (char)('0' + ((PopulationFolder.Numbers[0][^1] - '0' + 1) % 10));
        folder.Replace(file, line, text.Replace("{0}X", wrongNumber, StringComparison.Ordinal)
            .Replace("{0}", PopulationFolder.Numbers[0], StringComparison.Ordinal)
            .Replace("{1}", PopulationFolder.Numbers[1], StringComparison.Ordinal).Replace("{2}", PopulationFolder.Numbers[2], StringComparison.Ordinal));
        await using var register = await ImportTestRegister.CreateAsync();

        var result = await register.ImportAsync(folder.Directory);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
        Assert.Equal(0, result.Files[^1].RowsWritten);
        Assert.Equal(0, await register.ImportedRowsAsync(file));
        Assert.DoesNotContain(PopulationFolder.Numbers, n => result.Errors.Any(e => e.ToString().Contains(n[..6], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_BrokenUtf8_NamesTheLine()
    {
        using var folder = new PopulationFolder();
        var bytes = File.ReadAllBytes(folder.PathOf("residents.csv"));
        var name = Encoding.UTF8.GetBytes("김지우");
        bytes[bytes.AsSpan().IndexOf(name)] = 0xFF;
        File.WriteAllBytes(folder.PathOf("residents.csv"), bytes);
        await using var register = await ImportTestRegister.CreateAsync();

        var result = await register.ImportAsync(folder.Directory);

        Assert.Equal("residents.csv:5: row: not valid UTF-8", Assert.Single(result.Errors).ToString());
        Assert.Equal(0, await register.ImportedRowsAsync("residents.csv"));
    }

    [Fact]
    public async Task Import_DuplicateInALaterBatch_KeepsEarlierBatches_AndARerunContinuesAfterThem()
    {
        using var folder = new PopulationFolder();
        folder.Replace("residents.csv", 6, $"5,{PopulationFolder.Numbers[0]},박영자,,1980-05-05,male,KR,alive,,11140,2,head,");
        await using var register = await ImportTestRegister.CreateAsync();

        var failed = await register.ImportAsync(folder.Directory, batchSize: 2);

        Assert.Equal("residents.csv:6: resident_number: already registered for someone else", Assert.Single(failed.Errors).ToString());
        Assert.Equal(4, await register.ImportedRowsAsync("residents.csv"));

        folder.Replace("residents.csv", 6, $"5,{PopulationFolder.Numbers[4]},박영자,,1955-03-03,female,KR,alive,,11140,2,head,");
        var rerun = await register.ImportAsync(folder.Directory, batchSize: 2);

        Assert.True(rerun.Succeeded, string.Join('\n', rerun.Errors));
        var residents = rerun.Files.Single(f => f.File == "residents.csv");
        Assert.Equal((4L, 2L, 2), (residents.RowsSkipped, residents.RowsWritten, residents.BatchesSkipped));
        Assert.Equal(6, await register.ImportedRowsAsync("residents.csv"));
    }

    [Fact]
    public async Task FirstLoad_BuildsTheIndexesAtTheEnd_IntoTheSameRegisterAsABatchedImport()
    {
        using var folder = new PopulationFolder();
        await using var batched = await ImportTestRegister.CreateAsync();
        Assert.True((await batched.ImportAsync(folder.Directory, batchSize: 2)).Succeeded);
        await using var register = await ImportTestRegister.CreateAsync();

        var result = await register.ImportAsync(folder.Directory, batchSize: 2, firstLoad: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(await batched.ChecksumAsync(), await register.ChecksumAsync());
        Assert.True(await register.HasNumberIndexAsync());
    }

    [Fact]
    public async Task FirstLoad_DuplicateInALaterBatch_UndoesTheWholeFile_AndNamesBothLines()
    {
        using var folder = new PopulationFolder();
        folder.Replace("residents.csv", 6, $"5,{PopulationFolder.Numbers[0]},박영자,,1980-05-05,male,KR,alive,,11140,2,head,");
        await using var register = await ImportTestRegister.CreateAsync();

        var failed = await register.ImportAsync(folder.Directory, batchSize: 2, firstLoad: true);

        Assert.Equal("residents.csv:6: resident_number: the same number as line 2", Assert.Single(failed.Errors).ToString());
        Assert.Equal(0, await register.ImportedRowsAsync("residents.csv"));
        Assert.Equal(0, failed.Files.Single(f => f.File == "residents.csv").RowsWritten);
        Assert.True(await register.HasNumberIndexAsync());

        folder.Replace("residents.csv", 6, $"5,{PopulationFolder.Numbers[4]},박영자,,1955-03-03,female,KR,alive,,11140,2,head,");
        var rerun = await register.ImportAsync(folder.Directory, batchSize: 2, firstLoad: true);

        Assert.True(rerun.Succeeded, string.Join('\n', rerun.Errors));
        Assert.Equal(6, await register.ImportedRowsAsync("residents.csv"));
    }

    [Fact]
    public async Task FirstLoad_BadRowInALaterBatch_KeepsEarlierBatches_WithTheirIndexes()
    {
        using var folder = new PopulationFolder();
        folder.Replace("residents.csv", 6, $"5,{PopulationFolder.Numbers[4]}1,박영자,,1955-03-03,female,KR,alive,,11140,2,head,");
        await using var register = await ImportTestRegister.CreateAsync();

        var failed = await register.ImportAsync(folder.Directory, batchSize: 2, firstLoad: true);

        Assert.Equal("residents.csv:6: resident_number: not in the pack's person identifier format", Assert.Single(failed.Errors).ToString());
        Assert.Equal(4, await register.ImportedRowsAsync("residents.csv"));
        Assert.True(await register.HasNumberIndexAsync());
    }

    [Fact]
    public async Task Import_AfterAnInterruptedFirstLoad_BuildsTheMissingIndexFirst()
    {
        using var folder = new PopulationFolder();
        await using var register = await ImportTestRegister.CreateAsync();
        Assert.True((await register.ImportAsync(folder.Directory, firstLoad: true)).Succeeded);
        var before = await register.ChecksumAsync();
        await register.DropNumberIndexAsync();

        var again = await register.ImportAsync(folder.Directory);

        Assert.True(again.Succeeded, string.Join('\n', again.Errors));
        Assert.True(await register.HasNumberIndexAsync());
        Assert.Equal(before, await register.ChecksumAsync());
    }

    [Fact]
    public async Task Import_SameFolderTwice_ChangesNothing()
    {
        using var folder = new PopulationFolder();
        await using var register = await ImportTestRegister.CreateAsync();
        Assert.True((await register.ImportAsync(folder.Directory, batchSize: 3)).Succeeded);
        var before = await register.ChecksumAsync();

        var again = await register.ImportAsync(folder.Directory, batchSize: 3);

        Assert.True(again.Succeeded);
        Assert.All(again.Files, f => Assert.Equal(0, f.RowsWritten));
        Assert.Equal(36, again.Files.Sum(f => f.RowsSkipped));
        Assert.Equal(before, await register.ChecksumAsync());
    }
}
