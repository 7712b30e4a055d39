using System.Globalization;
using Egov.Benefits.Data;
using Egov.Benefits.Rules;
using Egov.Platform.Audit;
using Egov.Platform.Batches;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Facts;

/// <summary>
/// Declared facts: read for one person or many (a population chunk, one query), and declared with a check of each
/// value against the fact's type. Every declaration that changes something is audited for the person.
/// </summary>
internal sealed class FactStore(BenefitsDbContext db, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(Guid resident, CancellationToken cancellationToken) =>
        await db.Facts.AsNoTracking().Where(f => f.ResidentId == resident).ToDictionaryAsync(f => f.Fact, f => f.Value, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The facts of the residents whose ids lie between <paramref name="first"/> and <paramref name="last"/> (a population
    /// chunk), by resident, read blocking: only on a batch stage's own thread. One range of the primary key: at national
    /// size a probe per id read 16,400 index pages for a chunk of 4,000 residents, the range 131.
    /// </summary>
    public Dictionary<Guid, Dictionary<string, string>> ReadBetween(Guid first, Guid last)
    {
        var byResident = new Dictionary<Guid, Dictionary<string, string>>();
        var rows = RowReader.Blocking(db).Stream(
            db.Facts.AsNoTracking().Where(f => f.ResidentId >= first && f.ResidentId <= last).Select(f => new FactRow(f.ResidentId, f.Fact, f.Value)),
            r => new FactRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));
        foreach (var (resident, fact, value) in rows)
        {
            if (!byResident.TryGetValue(resident, out var facts))
            {
                byResident[resident] = facts = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            facts[fact] = value;
        }

        return byResident;
    }

    /// <summary>
    /// Sets the facts given (an empty value clears one) in one transaction, audited once when anything changed. Returns
    /// the names of the unknown facts and of those whose value is not valid; then nothing is written.
    /// </summary>
    public async Task<IReadOnlyList<string>> DeclareAsync(
        Guid resident, IReadOnlyDictionary<string, string?> values, string actor, CancellationToken cancellationToken)
    {
        var normalized = new Dictionary<string, string?>(StringComparer.Ordinal);
        var invalid = new List<string>();
        foreach (var (fact, value) in values)
        {
            var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            var known = DeclaredFacts.All.TryGetValue(fact, out var definition);
            var parsed = known && text is not null ? Normalize(definition!.Type, text) : null;
            if (!known || (text is not null && parsed is null))
            {
                invalid.Add(fact);
            }

            normalized[fact] = parsed;
        }

        if (invalid.Count > 0)
        {
            return invalid;
        }

        var names = normalized.Keys.ToList();
        var existing = await db.Facts.Where(f => f.ResidentId == resident && names.Contains(f.Fact)).ToDictionaryAsync(f => f.Fact, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (fact, value) in normalized)
        {
            var current = existing.GetValueOrDefault(fact);
            if (value is null && current is not null)
            {
                db.Facts.Remove(current);
            }
            else if (value is not null && current is null)
            {
                db.Facts.Add(new DeclaredFact { ResidentId = resident, Fact = fact, Value = value, DeclaredAt = now, DeclaredBy = actor });
            }
            else if (value is not null && current!.Value != value)
            {
                (current.Value, current.DeclaredAt, current.DeclaredBy) = (value, now, actor);
            }
        }

        // A form posts every fact; only what changed is written and logged.
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(new AuditRecord(actor, "benefits.fact.declared", $"resident:{resident}", Purpose: "benefits.eligibility"), cancellationToken);
        }

        return [];
    }

    /// <summary>The columns <see cref="ReadBetween"/> reads, in this order.</summary>
    private readonly record struct FactRow(Guid Resident, string Fact, string Value);

    /// <summary>The value in invariant form, or null when it is not a value of the type (amounts and percentages are never negative).</summary>
    private static string? Normalize(Type type, string value)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(bool))
        {
            return bool.TryParse(value, out var b) ? (b ? "true" : "false") : null;
        }

        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            && (underlying != typeof(int) || n <= int.MaxValue)
            ? n.ToString(CultureInfo.InvariantCulture)
            : null;
    }
}
