using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Oidc;

/// <summary>
/// Registers the partner <c>demo-bank</c> in a demo deployment only (the pack says <c>demo: true</c>), so a
/// newcomer can try the code flow and client credentials. Its secret is public (README): a production pack
/// is not a demo, and there this seeder does nothing.
/// </summary>
internal sealed class DemoClientSeeder(IOpenIddictApplicationManager applications, CountryPack pack, IConfiguration configuration)
    : IDataSeeder
{
    public const string ClientId = "demo-bank";
    public const string DevelopmentSecret = "demo-bank-development-secret";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo || await applications.FindByClientIdAsync(ClientId, cancellationToken) is not null)
        {
            return;
        }

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
                Permissions.Prefixes.Scope + IdentityScopes.RegistriesExchange,
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

        await applications.CreateAsync(descriptor, cancellationToken);
    }
}
