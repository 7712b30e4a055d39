namespace Egov.Notifications.Domain;

/// <summary>
/// A person's quiet hours, read on the clock of the pack's time zone (the hours a person means are local, whatever the
/// server's zone): a non-legal external delivery falling inside them waits until they end.
/// </summary>
internal sealed record QuietHours(TimeOnly From, TimeOnly Until, TimeZoneInfo Zone)
{
    /// <summary>The quiet hours a person set, or null when they set none (or an empty span).</summary>
    public static QuietHours? Of(Preferences? preferences, TimeZoneInfo zone) =>
        preferences is { QuietFrom: { } from, QuietUntil: { } until } && from != until ? new QuietHours(from, until, zone) : null;

    /// <summary>When the quiet hours around <paramref name="utcNow"/> end (UTC), or null when it is not quiet time.</summary>
    public DateTime? EndAfter(DateTime utcNow)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, Zone);
        var time = TimeOnly.FromDateTime(local);
        if (!time.IsBetween(From, Until))
        {
            return null;
        }

        // Across midnight (22:00–07:00) an evening time ends tomorrow morning; otherwise the end is today.
        var endDay = From > Until && time >= From ? local.Date.AddDays(1) : local.Date;
        var end = DateTime.SpecifyKind(endDay + Until.ToTimeSpan(), DateTimeKind.Unspecified);
        // A clock moved forward may skip the end: the first valid local time after it is when quiet ends.
        while (Zone.IsInvalidTime(end))
        {
            end = end.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(end, Zone);
    }
}
