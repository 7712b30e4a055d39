using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Egov.Identity.Brokers;

/// <summary>
/// One OpenID Connect scheme per provider of the pack, added when the host builds its authentication
/// schemes (start-up). A provider whose client secret is not configured stops the host there, naming the setting.
/// </summary>
internal sealed class BrokerSchemes(CountryPack pack, IConfiguration configuration) : IConfigureOptions<AuthenticationOptions>
{
    public void Configure(AuthenticationOptions options)
    {
        foreach (var provider in pack.BrokeredProviders)
        {
            if (string.IsNullOrWhiteSpace(configuration[provider.ClientSecretSetting]))
            {
                throw new InvalidOperationException(
                    $"Brokered provider '{provider.Id}': its client secret is not configured (setting {provider.ClientSecretSetting}).");
            }

            options.AddScheme<OpenIdConnectHandler>(BrokerMethods.Scheme(provider.Id), provider.Id);
        }
    }
}
