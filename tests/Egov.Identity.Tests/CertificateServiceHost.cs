using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Egov.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Tests;

/// <summary>
/// A second instance of the platform, on a real port, posing as a private certificate service: its accounts
/// sign in there, and for the accounts a test names it adds the resident number and name to the ID token,
/// as a proofing provider does.
/// </summary>
internal sealed class CertificateServiceHost : IAsyncDisposable
{
    public const string IdentifierClaim = "resident_number";
    public const string NameClaim = "resident_name";

    private readonly TestDatabase database;
    private readonly EgovHostFactory parent;
    private readonly WebApplicationFactory<Program> factory;

    private CertificateServiceHost(TestDatabase database, EgovHostFactory parent, ConcurrentDictionary<string, (string, string)> residents)
    {
        this.database = database;
        this.parent = parent;
        Residents = residents;
        factory = parent.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddOpenIddict()
            .AddServer(o => o.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    AddResidentClaims(context, residents);
                    return ValueTask.CompletedTask;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1)))));
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Account id at this service → the resident number and name its tokens carry.</summary>
    public ConcurrentDictionary<string, (string Identifier, string Name)> Residents { get; }

    public IServiceProvider Services => factory.Services;

    public static async Task<CertificateServiceHost> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        var residents = new ConcurrentDictionary<string, (string, string)>();
        var host = new CertificateServiceHost(database, new EgovHostFactory(database), residents);
        host.factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.factory.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return host;
    }

    /// <summary>A person of this service, signing in with <see cref="PersonAtTheBrowser.Password"/>.</summary>
    public async Task<string> AddAccountAsync(string userName, (string Identifier, string Name)? resident)
    {
        var account = await TestAccounts.CreateAsync(factory.Services, userName);
        if (resident is { } r)
        {
            Residents[account.Id.ToString()] = r;
        }

        return userName;
    }

    /// <summary>Registers the first platform as a client, with its callback for one provider entry of its pack.</summary>
    public async Task AddClientAsync(string clientId, string secret, Uri redirect)
    {
        using var scope = factory.Services.CreateScope();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Enjoy e-Gov",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            RedirectUris = { redirect },
        };
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor, TestContext.Current.CancellationToken);
    }

    public PersonAtTheBrowser NewPerson() => new(factory, Address);

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await parent.DisposeAsync();
        await database.DisposeAsync();
    }

    private static void AddResidentClaims(OpenIddictServerEvents.ProcessSignInContext context, ConcurrentDictionary<string, (string Identifier, string Name)> residents)
    {
        if (context.IdentityTokenPrincipal?.Identity is ClaimsIdentity identity
            && context.Principal?.FindFirst(Pages.Connect.AuthorizeModel.AccountClaim)?.Value is { } account
            && residents.TryGetValue(account, out var resident))
        {
            identity.AddClaim(new Claim(IdentifierClaim, resident.Identifier));
            identity.AddClaim(new Claim(NameClaim, resident.Name));
        }
    }
}
