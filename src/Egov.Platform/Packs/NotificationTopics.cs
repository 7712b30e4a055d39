namespace Egov.Platform.Packs;

/// <summary>What people may be notified about (<c>notifications.yaml</c>): the topics they opt in or out of.</summary>
/// <param name="Topics">The topics, in the order the preferences page lists them; empty when the pack has none.</param>
public sealed record NotificationTopics(IReadOnlyList<NotificationTopic> Topics)
{
    /// <summary>A pack without <c>notifications.yaml</c>: nothing to notify about.</summary>
    public static NotificationTopics None { get; } = new([]);

    /// <summary>The topic with that code, or null.</summary>
    public NotificationTopic? Find(string code) => Topics.FirstOrDefault(t => t.Code == code);
}

/// <summary>One topic of notices.</summary>
/// <param name="Code">Stable, country-neutral code that modules send with (<c>benefits</c>, <c>disaster-alerts</c>).</param>
/// <param name="Names">What people read, per language.</param>
public sealed record NotificationTopic(string Code, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code when the pack has none for it.</summary>
    public string NameIn(System.Globalization.CultureInfo culture) => LocalName.In(Names, culture, Code);
}
