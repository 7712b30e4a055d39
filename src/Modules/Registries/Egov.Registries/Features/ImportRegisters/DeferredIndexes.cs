using System.Data.Common;
using Egov.Registries.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// A first load's secondary indexes (all but the primary key, as the model defines them): dropped before the file's
/// first batch, built in one pass once the file is in. Filling an index row by row costs the database far more than
/// building it from the finished table, above all for a keyed hash, whose values land anywhere in the index. A unique
/// index then finds duplicates only at the end: the file's rows are all taken out again, its batches leave the ledger,
/// and the errors name the lines. An interrupted first load leaves the indexes missing: the next import finds that,
/// and builds them before writing unless it continues the first load.
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly RegistriesDbContext db;
    private readonly BatchStore store;
    private readonly IModel model;
    private readonly ITable table;
    private IReadOnlyCollection<string> missing = [];

    private DeferredIndexes(RegistriesDbContext db, BatchStore store, Type entity)
    {
        this.db = db;
        this.store = store;
        // The design-time model: index details such as sort order are not kept in the read-optimised runtime model.
        model = db.GetService<IDesignTimeModel>().Model;
        table = model.GetRelationalModel().Tables.Single(t => t.EntityTypeMappings.Any(m => m.TypeBase.ClrType == entity));
    }

    /// <summary>True while the table's secondary indexes wait for the end of the file.</summary>
    public bool Deferred => missing.Count > 0;

    /// <summary>
    /// For a first load, drops the table's indexes before the file's first batch, or keeps waiting for those an
    /// interrupted run of it dropped; otherwise builds any that such a run left missing. Built is false when that
    /// build met duplicates.
    /// </summary>
    public static async Task<(DeferredIndexes Indexes, bool Built)> PrepareAsync(
        RegistriesDbContext db, BatchStore store, FileRun file, bool fileStarted, CancellationToken cancellationToken)
    {
        var indexes = new DeferredIndexes(db, store, file.Target.Entity);
        var present = await store.IndexNamesAsync(indexes.table.Schema, indexes.table.Name, cancellationToken);
        indexes.missing = [.. indexes.table.Indexes.Select(i => i.Name).Where(name => !present.Contains(name))];
        var firstLoad = file.Batches.FirstLoad;
        if (firstLoad && !fileStarted && !indexes.Deferred && indexes.table.Indexes.Any())
        {
            await using var transaction = await store.BeginAsync(cancellationToken);
            await indexes.ExecuteAsync(transaction,
                [.. indexes.table.Indexes.Select(i => new DropIndexOperation { Name = i.Name, Table = i.Table.Name, Schema = i.Table.Schema })], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            indexes.missing = [.. indexes.table.Indexes.Select(i => i.Name)];
            return (indexes, true);
        }

        return (indexes, firstLoad || await indexes.BuildAsync(file, cancellationToken));
    }

    /// <summary>Builds the indexes still missing. False when a unique one met duplicates: the file is then undone.</summary>
    public async Task<bool> BuildAsync(FileRun file, CancellationToken cancellationToken)
    {
        if (!Deferred)
        {
            return true;
        }

        var create = table.Indexes.Where(i => missing.Contains(i.Name)).Select(CreateIndexOperation.CreateFrom).ToList<MigrationOperation>();
        try
        {
            await using var transaction = await store.BeginAsync(cancellationToken);
            await ExecuteAsync(transaction, create, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            missing = [];
            return true;
        }
        catch (DbException exception) when (store.IsDuplicate(exception))
        {
            await file.Checks.TraceDuplicatesInTableAsync(file, cancellationToken);
            await using var transaction = await store.BeginAsync(cancellationToken);
            var (first, last) = (file.Context.IdOf(file.Target.Kind, 0), file.Context.IdOf(file.Target.Kind, long.MaxValue));
            await store.UndoFileAsync(transaction, file.Table, first, last, file.Batches.Source, file.Target.File.Name, cancellationToken);
            await ExecuteAsync(transaction, create, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            missing = [];
            return false;
        }
    }

    private async Task ExecuteAsync(DbTransaction transaction, IReadOnlyList<MigrationOperation> operations, CancellationToken cancellationToken)
    {
        foreach (var sql in db.GetService<IMigrationsSqlGenerator>().Generate(operations, model))
        {
            await store.ExecuteAsync(transaction, sql.CommandText, cancellationToken);
        }
    }
}
