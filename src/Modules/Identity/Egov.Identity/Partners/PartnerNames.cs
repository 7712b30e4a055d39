using System.Globalization;
using Egov.Identity.Contracts;
using OpenIddict.Abstractions;

namespace Egov.Identity.Partners;

/// <summary><see cref="IPartnerNames"/> over OpenIddict's applications.</summary>
internal sealed class PartnerNames(IOpenIddictApplicationManager applications) : IPartnerNames
{
    public async Task<string?> NameAsync(string clientId, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        return application is null ? null : await applications.GetLocalizedDisplayNameAsync(application, culture, cancellationToken);
    }
}
