namespace Egov.Identity.Sessions;

/// <summary>
/// A short name for the browser a session runs in, "Chrome · Windows", from its User-Agent header: enough
/// for the owner to recognise their own devices. Only the browser and system families are kept, no versions
/// or models (which would fingerprint the person). No maintained User-Agent parser is on the package
/// mirror, and these few families cover what people use; anything else is "" and the page says "unknown".
/// </summary>
internal static class DeviceLabel
{
    public const int MaxLength = 64;

    // Order matters: Edge, Opera, Whale and Samsung Internet also say "Chrome", and Chrome also says "Safari".
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg", "Edge"), ("OPR/", "Opera"), ("Whale/", "Whale"), ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("Chrome/", "Chrome"), ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    // iOS before macOS (iPhones say "like Mac OS X"), Android before Linux (Android says "Linux").
    private static readonly (string Token, string Name)[] Systems =
    [
        ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("Windows", "Windows"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string From(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "";
        }

        var browser = First(Browsers, userAgent);
        var system = First(Systems, userAgent);
        var label = browser is not null && system is not null ? $"{browser} · {system}" : browser ?? system ?? "";
        return label.Length <= MaxLength ? label : label[..MaxLength];
    }

    private static string? First((string Token, string Name)[] families, string userAgent) =>
        families.FirstOrDefault(f => userAgent.Contains(f.Token, StringComparison.Ordinal)).Name;
}
