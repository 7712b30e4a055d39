using System.Globalization;
using Egov.Benefits.Data;
using Egov.Benefits.Rules;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Facts;

/// <summary>
/// Declared facts: read for one person or many (a population chunk, one query), and declared with a check of the
/// value against the fact's type. Every declaration is audited for the person.
/// </summary>
internal sealed class FactStore(BenefitsDbContext db, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(Guid resident, CancellationToken cancellationToken) =>
        await db.Facts.AsNoTracking().Where(f => f.ResidentId == resident).ToDictionaryAsync(f => f.Fact, f => f.Value, StringComparer.Ordinal, cancellationToken);

    public async Task<Dictionary<Guid, Dictionary<string, string>>> ReadManyAsync(IReadOnlyCollection<Guid> residents, CancellationToken cancellationToken)
    {
        var rows = await db.Facts.AsNoTracking().Where(f => residents.Contains(f.ResidentId)).ToListAsync(cancellationToken);
        return rows.GroupBy(f => f.ResidentId).ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Fact, f => f.Value, StringComparer.Ordinal));
    }

    /// <summary>Sets (or with an empty value clears) a fact; the error to show when the fact or value is not valid, else null.</summary>
    public async Task<string?> DeclareAsync(Guid resident, string fact, string? value, string actor, CancellationToken cancellationToken)
    {
        if (!DeclaredFacts.All.TryGetValue(fact, out var definition))
        {
            return "benefits.fact.unknown";
        }

        var normalized = string.IsNullOrWhiteSpace(value) ? null : Normalize(definition.Type, value.Trim());
        if (!string.IsNullOrWhiteSpace(value) && normalized is null)
        {
            return "benefits.fact.invalid";
        }

        var existing = await db.Facts.SingleOrDefaultAsync(f => f.ResidentId == resident && f.Fact == fact, cancellationToken);
        if (normalized is null)
        {
            if (existing is not null)
            {
                db.Facts.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.Facts.Add(new DeclaredFact { ResidentId = resident, Fact = fact, Value = normalized, DeclaredAt = time.GetUtcNow().UtcDateTime, DeclaredBy = actor });
        }
        else
        {
            existing.Value = normalized;
            existing.DeclaredAt = time.GetUtcNow().UtcDateTime;
            existing.DeclaredBy = actor;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(actor, "benefits.fact.declared", $"resident:{resident}", Purpose: "benefits.eligibility"), cancellationToken);
        return null;
    }

    /// <summary>True when <paramref name="value"/> is a value of a fact of <paramref name="type"/>.</summary>
    public static bool IsValid(Type type, string value) => Normalize(type, value) is not null;

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
