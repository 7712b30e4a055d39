using System.Globalization;

namespace Egov.Identity.Contracts;

/// <summary>
/// The names of the platform's OAuth clients (partners and agency systems), for modules that show a person who
/// reads their data or whom they consented to.
/// </summary>
public interface IPartnerNames
{
    /// <summary>
    /// The name the client is registered under, in <paramref name="culture"/>'s language where the administrator gave
    /// one; null for a client the provider does not know (deleted, or never registered).
    /// </summary>
    /// <param name="clientId">The client id.</param>
    /// <param name="culture">The reader's language.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<string?> NameAsync(string clientId, CultureInfo culture, CancellationToken cancellationToken = default);
}
