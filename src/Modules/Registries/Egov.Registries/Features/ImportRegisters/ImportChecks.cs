using System.Globalization;
using Egov.Registries.Data;
using Egov.Registries.Domain;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// The checks of a batch that need the database: birth dates of the residents a family link joins (committed by
/// earlier batches), and, when the database refused a batch for a duplicate, which of its lines hold the values
/// already registered.
/// </summary>
internal sealed class ImportChecks(RegistriesDbContext db, BatchStore store)
{
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

    private static string FileColumnOf(string property) => property switch
    {
        nameof(Resident.NumberHash) => "resident_number",
        nameof(Company.BusinessNumber) => "business_number",
        _ => property,
    };

    private static string KeyOf(object value) => value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
