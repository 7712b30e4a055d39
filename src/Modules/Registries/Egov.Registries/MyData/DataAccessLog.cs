using System.Globalization;
using Egov.Platform.Audit;
using Egov.Platform.Web;

namespace Egov.Registries.MyData;

/// <summary>
/// "Who looked at my data": the audit entries whose subject is the person, newest first, a page at a time. The
/// cursor is the last shown entry's sequence number, opaque to the reader; it only ever narrows the same
/// person's entries, whose id comes from the session, never from the address.
/// </summary>
internal sealed class DataAccessLog(IAuditReader reader)
{
    public const int PageSize = 50;

    /// <summary>One page, or null when <paramref name="cursor"/> is not one this page made.</summary>
    public async Task<CursorPage<DataAccess>?> PageAsync(Guid residentId, string? cursor, CancellationToken cancellationToken)
    {
        if (!Cursor.TryDecode(cursor, out var key))
        {
            return null;
        }

        long? before = null;
        if (key is not null)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return null;
            }

            before = sequence;
        }

        var subject = $"resident:{residentId}";
        var entries = await reader.ForSubjectAsync(subject, before, PageSize + 1, cancellationToken);
        var shown = entries.Take(PageSize).Select(e => Describe(e, subject)).ToList();
        var next = entries.Count > PageSize ? Cursor.Encode(shown[^1].Sequence.ToString(CultureInfo.InvariantCulture)) : null;
        return new CursorPage<DataAccess>(shown, next);
    }

    private static DataAccess Describe(AuditEntry e, string subject)
    {
        var colon = e.Actor.IndexOf(':', StringComparison.Ordinal);
        var (kind, id) = colon > 0 ? (e.Actor[..colon], e.Actor[(colon + 1)..]) : ("", e.Actor);
        return new DataAccess(
            e.Sequence, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), kind, id, e.Action,
            e.Purpose, e.LegalBasis,
            OnBehalf: e.OnBehalfOf is not null && e.OnBehalfOf == subject,
            Denied: e.Action.EndsWith(".denied", StringComparison.Ordinal));
    }
}

/// <summary>
/// One read (or attempted read) of the person's data. <see cref="ActorKind"/> is the part of the actor reference
/// before the colon (<c>account</c>, <c>official</c>, <c>agency</c>, <c>client</c>, <c>system</c>), empty when there is none.
/// </summary>
internal sealed record DataAccess(
    long Sequence, DateTimeOffset At, string ActorKind, string ActorId, string Action, string? Purpose, string? LegalBasis, bool OnBehalf, bool Denied);
