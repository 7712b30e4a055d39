using Egov.Platform.Packs;
using Egov.Registries.Domain;

namespace Egov.Registries.Exchange;

/// <summary>
/// What the change feed can carry: the life-event kinds the registers record and the fields an event can say.
/// A pack's feed names some of each; only those reach a follower.
/// </summary>
internal static class FeedEvents
{
    /// <summary>The kinds of <see cref="LifeEventKind"/>.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        [LifeEventKind.Birth, LifeEventKind.Death, LifeEventKind.MoveIn, LifeEventKind.Marriage, LifeEventKind.Divorce, LifeEventKind.NameChange];

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

    /// <summary>The event as <paramref name="feed"/> shows it: its fields, in the pack's order, nothing else.</summary>
    public static Dictionary<string, object?> Project(LifeEvent lifeEvent, ExchangeFeed feed) =>
        feed.Fields.ToDictionary(f => f.Name, f => Fields[f.Name](lifeEvent), StringComparer.Ordinal);
}
