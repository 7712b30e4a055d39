using System.Net;
using System.Net.Sockets;

namespace Egov.Identity.Sessions;

/// <summary>
/// Where a session comes from, as its owner sees it on the account page: the network, not the address
/// (IPv4 to /24, IPv6 to /48). That is enough to tell "my home, my office" from a stranger's network, and a
/// shortened address kept 90 days is less personal data than a full one (data minimisation). The full address
/// of every sign-in still goes to the Security module in <c>SignInSucceeded</c>, which has its own retention.
/// </summary>
internal static class SourceNetwork
{
    public static string? Of(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var (keep, prefix) = address.AddressFamily == AddressFamily.InterNetwork ? (3, 24) : (6, 48);
        Array.Clear(bytes, keep, bytes.Length - keep);
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
