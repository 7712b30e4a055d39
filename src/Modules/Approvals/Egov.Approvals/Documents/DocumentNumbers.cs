using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Documents;

/// <summary>
/// Yearly serials without gaps or duplicates. The counter row is created if missing and incremented with one
/// <c>UPDATE … RETURNING</c> inside the caller's transaction: on PostgreSQL the update locks the row until that
/// transaction ends, so concurrent final approvals take turns; on SQLite the caller's transaction is already
/// <c>BEGIN IMMEDIATE</c> (the database's single writer). A rolled-back approval rolls its serial back with it.
/// </summary>
internal sealed class DocumentNumbers(ApprovalsDbContext db)
{
    /// <summary>The next serial of a classification's documents (the document number).</summary>
    public Task<long> NextAsync(string agencyCode, string classification, int year, CancellationToken cancellationToken) =>
        NextInSeriesAsync(agencyCode, classification, year, cancellationToken);

    /// <summary>
    /// The next receipt serial of a department. Its series is kept beside the classifications' under a name with a
    /// colon, which the pack's classification codes (plain words) never take.
    /// </summary>
    public Task<long> NextReceiptAsync(string agencyCode, string departmentCode, int year, CancellationToken cancellationToken) =>
        NextInSeriesAsync(agencyCode, $"receipt:{departmentCode}", year, cancellationToken);

    private async Task<long> NextInSeriesAsync(string agencyCode, string classification, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A serial is taken inside the transaction of the approval that uses it.");
        }

        var entity = db.Model.FindEntityType(typeof(NumberCounter))!;
        var schema = entity.GetSchema();
        var table = schema is null ? $"\"{entity.GetTableName()}\"" : $"\"{schema}\".\"{entity.GetTableName()}\"";
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        var (agency, kind, yearColumn, last) = (Column(nameof(NumberCounter.AgencyCode)), Column(nameof(NumberCounter.Classification)),
            Column(nameof(NumberCounter.Year)), Column(nameof(NumberCounter.LastSerial)));
        // Names come from the model, values go as parameters.
        var insert = $"INSERT INTO {table} ({agency}, {kind}, {yearColumn}, {last}) VALUES ({{0}}, {{1}}, {{2}}, 0) ON CONFLICT DO NOTHING";
        var increment = $"UPDATE {table} SET {last} = {last} + 1 WHERE {agency} = {{0}} AND {kind} = {{1}} AND {yearColumn} = {{2}} RETURNING {last} AS \"Value\"";
        await db.Database.ExecuteSqlRawAsync(insert, [agencyCode, classification, year], cancellationToken);
        var serials = await db.Database.SqlQueryRaw<long>(increment, agencyCode, classification, year).ToListAsync(cancellationToken);
        return serials.Single();
    }
}
