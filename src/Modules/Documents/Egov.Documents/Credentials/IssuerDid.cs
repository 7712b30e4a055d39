using System.Globalization;
using System.Text;

namespace Egov.Documents.Credentials;

/// <summary>
/// The platform's did:web identifier (W3C CCG did:web method): the public host, its port as <c>%3A</c>port, and each
/// path segment after a colon. A resolver fetches <c>https://host[:port]/path/did.json</c>, or
/// <c>/.well-known/did.json</c> when there is no path, so the DID changes if the public address does.
/// </summary>
internal static class IssuerDid
{
    public static string FromBaseUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4))
        {
            // did:web names a host as a domain; an IPv6 literal's brackets and colons have no place in it.
            throw new ArgumentException($"{baseUrl} is not an absolute URL with a host name.", nameof(baseUrl));
        }

        var did = new StringBuilder("did:web:").Append(baseUrl.IdnHost);
        if (!baseUrl.IsDefaultPort)
        {
            did.Append("%3A").Append(baseUrl.Port.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var segment in PathSegments(baseUrl))
        {
            // The method uses ':' as its path separator, so a colon inside a segment must be percent-encoded.
            did.Append(':').Append(segment.Replace(":", "%3A", StringComparison.Ordinal));
        }

        return did.ToString();
    }

    /// <summary>Where the host serves the DID document: <c>/.well-known/did.json</c>, or <c>/path/did.json</c> under a path.</summary>
    public static string DocumentPath(Uri baseUrl)
    {
        var segments = PathSegments(baseUrl);
        return segments.Length == 0 ? "/.well-known/did.json" : "/" + string.Join('/', segments) + "/did.json";
    }

    private static string[] PathSegments(Uri baseUrl) =>
        baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
