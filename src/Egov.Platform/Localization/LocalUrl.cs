namespace Egov.Platform.Localization;

/// <summary>
/// Decides whether a return address stays on this site. Redirecting to anything else would turn the
/// language switch into an open redirect that phishing links could borrow the government domain for.
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        // "//host" and "/\host" are protocol-relative: browsers leave the site for them.
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
