using System.Globalization;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// The checks of a batch that need the database: birth dates of the residents a family link joins (committed by
/// earlier batches), and, when the database refused a batch for a duplicate, which of its lines hold the values
/// already registered.
/// </summary>
internal sealed class ImportChecks(RegistriesDbContext db, BatchStore store)
{
    private const int ListedDuplicates = 20;

    private readonly RegisterTable births = RegisterTable.For(db, typeof(Resident), [nameof(Resident.Id), nameof(Resident.BirthDate)]);

    public async Task ParentsBornBeforeChildrenAsync(string file, IReadOnlyList<ParentLink> links, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var ids = links.SelectMany(l => new object[] { l.Child, l.Parent }).Distinct().ToList();
        var found = await store.SelectAsync(births, births.Column(nameof(Resident.Id)), births.Column(nameof(Resident.BirthDate)), ids, cancellationToken);
        var born = found.ToDictionary(f => (Guid)f.Key, f => (DateOnly)f.Value);
        foreach (var link in links)
        {
            if (born.TryGetValue(link.Child, out var child) && born.TryGetValue(link.Parent, out var parent) && child < parent)
            {
                errors.Add(new ImportError(file, link.Line, "relative_id", "the parent is born after the child"));
            }
        }
    }

    /// <summary>Lines of the batch whose id or unique value (resident number, business number) the register already holds.</summary>
    public async Task TraceDuplicatesAsync(
        ImportTarget target, RegisterTable table, IReadOnlyList<object?[]> rows, IReadOnlyList<long> lines, List<ImportError> errors,
        CancellationToken cancellationToken)
    {
        foreach (var property in target.Unique.Prepend(nameof(Resident.Id)))
        {
            var index = target.Properties.ToList().IndexOf(property);
            var column = table.Column(property);
            var found = await store.SelectAsync(table, column, column, [.. rows.Select(r => r[index]!)], cancellationToken);
            var existing = found.Select(f => KeyOf(f.Key)).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < rows.Count; i++)
            {
                if (existing.Contains(KeyOf(rows[i][index]!)))
                {
                    errors.Add(property == nameof(Resident.Id)
                        ? new ImportError(target.File.Name, lines[i], target.Ids is null ? "row" : target.File.Columns[0],
                            "already in the register under this source, but not in its import ledger")
                        : new ImportError(target.File.Name, lines[i], FileColumnOf(property), "already registered for someone else"));
                }
            }
        }
    }

    /// <summary>
    /// After a first load, when a unique index could not be built: the file's lines whose value an earlier line or
    /// another register row already holds. Lines are found by reading the file again for the rows' ids.
    /// </summary>
    public async Task TraceDuplicatesInTableAsync(FileRun file, CancellationToken cancellationToken)
    {
        var groups = new List<(string Column, List<(Guid Id, long? FileId)> Rows)>();
        foreach (var property in file.Target.Unique)
        {
            var table = RegisterTable.For(db, file.Target.Entity, [nameof(Resident.Id), nameof(Resident.FileId), property]);
            var found = await store.DuplicatesAsync(table, table.Column(property), ListedDuplicates, cancellationToken);
            groups.AddRange(found.GroupBy(f => KeyOf(f.Value)).Select(g => (FileColumnOf(property), g.Select(f => (f.Id, f.FileId)).ToList())));
        }

        bool InFile((Guid Id, long? FileId) row) => row.FileId is { } id && row.Id == file.Context.IdOf(file.Target.Kind, id);
        var lines = LinesOf(file.Storage.OpenRead(file.Target.File.Name)!, [.. groups.SelectMany(g => g.Rows).Where(InFile).Select(r => r.FileId!.Value)]);
        foreach (var (column, rows) in groups)
        {
            var ours = rows.Where(InFile).Select(r => lines[r.FileId!.Value]).Order().ToList();
            var first = rows.Count > ours.Count ? null : (long?)ours[0];
            foreach (var line in first is null ? ours : ours.Skip(1))
            {
                file.Errors.Add(new ImportError(file.Target.File.Name, line, column,
                    first is { } earlier ? $"the same number as line {earlier}" : "already registered for someone else"));
            }
        }
    }

    private static Dictionary<long, long> LinesOf(Stream file, HashSet<long> ids)
    {
        using var reader = new CsvRecordReader(file);
        var (fields, lines) = (new List<string>(), new Dictionary<long, long>());
        while (lines.Count < ids.Count && reader.TryRead(fields, out _))
        {
            if (fields.Count > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ids.Contains(id))
            {
                lines[id] = reader.Line;
            }
        }

        return lines;
    }

    private static string FileColumnOf(string property) => property switch
    {
        nameof(Resident.NumberHash) => "resident_number",
        nameof(Company.BusinessNumber) => "business_number",
        _ => property,
    };

    private static string KeyOf(object value) => value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
