using System.Globalization;
using System.Data.Common;
using System.Diagnostics;
using Egov.Registries.Data;
using Egov.Registries.Features.ImportRegisters;
using Egov.Registries.Files;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Features.ExportRegisters;

/// <summary>
/// Writes the rows imported from one source back as population files: one query per file, read as a stream and
/// sorted by the file ids the rows were imported with, references turned back into file ids by joins, resident
/// numbers decrypted on the way out. A row belongs to the source when its register id is the one the source
/// derives from its file id, so demo records and other sources' rows stay out.
/// </summary>
internal sealed class RegisterExporter(RegistriesDbContext db, ResidentNumbers numbers)
{
    public async Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var source = request.Source ?? await OnlySourceAsync(cancellationToken);
        Directory.CreateDirectory(request.Directory);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var counts = new List<(string, long)>();
        foreach (var query in ExportQueries.All(db))
        {
            using var writer = new CsvFile(Path.Combine(request.Directory, query.File.Name), query.File.Header);
            await using var command = connection.CreateCommand();
            command.CommandText = query.Sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var fileId = reader.GetInt64(1);
                if (reader.GetGuid(0) == ImportContext.IdOf(source, query.Kind, fileId))
                {
                    WriteRow(writer, reader, query.Fields);
                }
            }

            counts.Add((query.File.Name, writer.Rows));
        }

        return new ExportResult(source, counts, clock.Elapsed);
    }

    /// <summary>Writes columns 1… of the row; each letter of <paramref name="fields"/> says how to read one.</summary>
    private void WriteRow(CsvFile writer, DbDataReader reader, string fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var ordinal = i + 1;
            if (fields[i] == '-')
            {
                continue;
            }

            if (reader.IsDBNull(ordinal))
            {
                writer.Field((string?)null);
                continue;
            }

            _ = fields[i] switch
            {
                'L' => writer.Field((long?)reader.GetInt64(ordinal)),
                'I' => writer.Field((long?)reader.GetInt32(ordinal)),
                'D' => writer.Field(reader.GetFieldValue<DateOnly>(ordinal)),
                // Areas with the two decimals the registers keep (84.90), whatever scale the provider returns.
                'M' => writer.Field(reader.GetDecimal(ordinal).ToString("0.00", CultureInfo.InvariantCulture)),
                'N' => writer.Field(numbers.Decrypt(reader.GetFieldValue<byte[]>(ordinal))),
                _ => writer.Field(reader.GetString(ordinal)),
            };
        }

        writer.EndRow();
    }

    private async Task<string> OnlySourceAsync(CancellationToken cancellationToken)
    {
        var sources = await db.ImportedBatches.Select(b => b.Source).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        return sources.Count == 1
            ? sources[0]
            : throw new InvalidOperationException(sources.Count == 0
                ? "nothing was imported: there is no source to export"
                : $"more than one import source ({string.Join(", ", sources)}): name one with --source");
    }
}
