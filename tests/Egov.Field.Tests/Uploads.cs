namespace Egov.Field.Tests;

/// <summary>Uploads as a device sends them.</summary>
internal static class Uploads
{
    public static object Item(string code, DateTime at, string? outcome = null, decimal? reading = null, string? note = null, params Guid[] photos) =>
        new { code, outcome, reading, note, photos, recordedAt = at };

    public static object Of(Guid assignment, string device, IEnumerable<object> items, bool complete = false, int version = 1) =>
        new { assignmentId = assignment, templateCode = FieldHost.Template, templateVersion = version, deviceId = device, items, complete, position = new { latitude = 37.5497, longitude = 126.9139 } };

    /// <summary>
    /// Every item of the checklist, passing except a fire door that closes in <paramref name="doorSeconds"/> (the limit
    /// is 10), naming the two photos it needs (ids of photos never uploaded unless given: enough to save, not to complete).
    /// </summary>
    public static IEnumerable<object> Checklist(DateTime at, decimal doorSeconds = 8, Guid? exitPhoto = null, Guid? doorPhoto = null) =>
    [
        Item("exit-clear", at, "pass", photos: exitPhoto ?? Guid.NewGuid()),
        Item("escape-route-width", at, reading: 130),
        Item("fire-door-closing", at, reading: doorSeconds, note: doorSeconds > 10 ? "도어클로저 불량" : null, photos: doorPhoto ?? Guid.NewGuid()),
        Item("emergency-light", at, reading: 3),
        Item("extinguisher-pressure", at, reading: 0.85m),
        Item("alarm-working", at, "pass"),
    ];
}
