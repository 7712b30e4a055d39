using System.Security.Claims;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Egov.Identity.Brokers;

/// <summary>
/// How the platform talks to each provider: authorization code with PKCE, the pack's scopes, the secret from
/// configuration; the result lands in Identity's external cookie until the platform knows whose it is.
/// Whatever goes wrong at the provider ends on <c>/account/sign-in/external/failed</c>, never an error page.
/// </summary>
internal sealed class BrokerOidcOptions(CountryPack pack, IConfiguration configuration) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (pack.BrokeredProviders.FirstOrDefault(p => BrokerMethods.Scheme(p.Id) == name) is not { } provider)
        {
            return;
        }

        var allowHttp = configuration.GetValue("Identity:AllowHttp", false);
        options.Authority = provider.Authority.ToString();
        options.RequireHttpsMetadata = !allowHttp;
        // The provider answers with a top-level GET (response_mode=query), which Lax cookies reach; SameSite=None
        // would need Secure, which a demo on plain http on loopback cannot set.
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = allowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        }

        options.ClientId = provider.ClientId;
        options.ClientSecret = configuration[provider.ClientSecretSetting];
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            options.Scope.Add(scope);
        }

        options.CallbackPath = "/signin-broker/" + provider.Id;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.SaveTokens = false;
        // Claims keep the provider's names (sub, amr, the proofing claims); the link is keyed on sub.
        options.MapInboundClaims = false;
        options.Events.OnTokenValidated = context =>
        {
            if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst("sub") is { } sub)
            {
                identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, sub.Value));
            }

            return Task.CompletedTask;
        };
        options.Events.OnAccessDenied = context => Fail(context, provider.Id, "denied");
        options.Events.OnRemoteFailure = context =>
            Fail(context, provider.Id, context.Failure is OpenIdConnectProtocolException ? "error" : "session");
    }

    private static Task Fail<TOptions>(HandleRequestContext<TOptions> context, string provider, string reason)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.Redirect($"{context.Request.PathBase}/account/sign-in/external/failed?provider={provider}&reason={reason}");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
