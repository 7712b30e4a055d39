using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>
/// What the change feed can carry: the life-event kinds the registers record and the fields an event can say.
/// A pack's feed names some of each; only those reach a follower.
/// </summary>
internal static class FeedEvents
{
    /// <summary>The kinds of <see cref="LifeEventKind"/>.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        [LifeEventKind.Birth, LifeEventKind.Death, LifeEventKind.MoveIn, LifeEventKind.Marriage, LifeEventKind.Divorce, LifeEventKind.NameChange,
         LifeEventKind.Correction];

    /// <summary>
    /// The fields an event can carry. People appear by their register id (the id the platform's integration events
    /// carry, made from no personal detail), never by their number.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<LifeEvent, object?>> Fields = new Dictionary<string, Func<LifeEvent, object?>>(StringComparer.Ordinal)
    {
        ["kind"] = e => e.Kind,
        ["effectiveOn"] = e => e.EffectiveOn,
        ["recordedAt"] = e => DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc),
        ["resident"] = e => e.ResidentId,
        ["relatedResident"] = e => e.RelatedResidentId,
        ["region"] = e => e.RegionCode,
    };

    /// <summary>Every feed kind or field of the pack the registers cannot produce, as <c>file:line: field: message</c>.</summary>
    public static IEnumerable<string> Unsupported(ExchangeSettings exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        const string File = "exchange.yaml";
        for (var i = 0; i < exchange.Feeds.Count; i++)
        {
            var feed = exchange.Feeds[i];
            foreach (var kind in feed.Kinds.Where(k => !Kinds.Contains(k.Name)))
            {
                yield return $"{File}:{kind.Line}: feeds[{i}].kinds: the registers record no event kind '{kind.Name}' (they record {string.Join(", ", Kinds)})";
            }

            foreach (var field in feed.Fields.Where(f => !Fields.ContainsKey(f.Name)))
            {
                yield return $"{File}:{field.Line}: feeds[{i}].fields: an event has no field '{field.Name}' (it has {string.Join(", ", Fields.Keys)})";
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> events of the feed's kinds with a sequence above <paramref name="after"/>, in
    /// sequence order.
    /// </summary>
    /// <remarks>
    /// "After N" is only safe if no event numbered N or below can become visible once a reader has seen N. A
    /// sequence is drawn at insert and becomes visible at commit, so two recorders could commit out of order (the
    /// later number first) and a follower would pass the earlier one for good. <see cref="LifeEvents.LifeEventRecorder"/>
    /// rules that out: on PostgreSQL it takes a transaction-scoped advisory lock before drawing the number and
    /// holds it to commit (PostgreSQL makes a commit visible before it releases its locks), so numbers are drawn
    /// and committed one recording at a time; the identity sequence is not cached per session (CACHE 1, the
    /// default), so the number drawn under the lock is the next one. SQLite has one writer at a time and assigns
    /// the row id inside it. A rolled-back recording leaves a gap that never fills, which a reader simply passes.
    /// Every writer of <c>life_events</c> goes through the recorder; one that did not would break this.
    /// </remarks>
    public static Task<List<LifeEvent>> PageAsync(RegistriesDbContext db, ExchangeFeed feed, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(feed);
        var kinds = feed.Kinds.Select(k => k.Name).ToList();
        return db.LifeEvents.AsNoTracking()
            .Where(e => e.Sequence > after && kinds.Contains(e.Kind))
            .OrderBy(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The people an event identifies to the feed's follower: those whose id the feed carries.</summary>
    public static IEnumerable<Guid> PeopleReleased(LifeEvent lifeEvent, ExchangeFeed feed)
    {
        ArgumentNullException.ThrowIfNull(lifeEvent);
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Fields.Any(f => f.Name == "resident"))
        {
            yield return lifeEvent.ResidentId;
        }

        if (lifeEvent.RelatedResidentId is { } related && feed.Fields.Any(f => f.Name == "relatedResident"))
        {
            yield return related;
        }
    }

    /// <summary>The event as <paramref name="feed"/> shows it: its fields, in the pack's order, nothing else.</summary>
    public static Dictionary<string, object?> Project(LifeEvent lifeEvent, ExchangeFeed feed) =>
        feed.Fields.ToDictionary(f => f.Name, f => Fields[f.Name](lifeEvent), StringComparer.Ordinal);
}
