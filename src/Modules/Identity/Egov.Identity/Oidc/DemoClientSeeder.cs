using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Oidc;

/// <summary>
/// Registers the partner <c>demo-bank</c> and the agency system <c>demo-agency</c> in a demo deployment only (the
/// pack says <c>demo: true</c>), so a newcomer can try the code flow, client credentials and the registries'
/// exchange API. Their secrets are public (README): a production pack is not a demo, and there this seeder does nothing.
/// </summary>
internal sealed class DemoClientSeeder(IOpenIddictApplicationManager applications, CountryPack pack, IConfiguration configuration)
    : IDataSeeder
{
    public const string ClientId = "demo-bank";
    public const string DevelopmentSecret = "demo-bank-development-secret";
    public const string AgencyClientId = "demo-agency";
    public const string AgencyDevelopmentSecret = "demo-agency-development-secret";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo)
        {
            return;
        }

        if (await applications.FindByClientIdAsync(ClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(Bank(), cancellationToken);
        }

        if (await applications.FindByClientIdAsync(AgencyClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(Agency(), cancellationToken);
        }
    }

    /// <summary>An agency's back end: client credentials for the exchange API and the change feed, nothing a person signs in to.</summary>
    private static OpenIddictApplicationDescriptor Agency()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = AgencyClientId,
            ClientSecret = AgencyDevelopmentSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Demo Agency",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + IdentityScopes.RegistriesExchange, Permissions.Prefixes.Scope + IdentityScopes.RegistriesFeed,
                Permissions.Prefixes.Scope + IdentityScopes.ApprovalsSubmit,
            },
        };
        descriptor.DisplayNames[System.Globalization.CultureInfo.GetCultureInfo("ko")] = "데모 행정기관";
        descriptor.DisplayNames[System.Globalization.CultureInfo.GetCultureInfo("ja")] = "デモ行政機関";
        return descriptor;
    }

    private OpenIddictApplicationDescriptor Bank()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = DevelopmentSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Demo Bank",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.ClientCredentials, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Prefixes.Scope + IdentityScopes.Documents,
                Permissions.Prefixes.Scope + IdentityScopes.RegistriesExchange, Permissions.Prefixes.Scope + IdentityScopes.DocumentsReceive,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in configuration.GetSection("Identity:DemoBank:RedirectUris").Get<string[]>() ?? [])
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in configuration.GetSection("Identity:DemoBank:PostLogoutRedirectUris").Get<string[]>() ?? [])
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        return descriptor;
    }
}
