using Egov.Identity.Brokers;
using Egov.Identity.Acting;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Identity.Oidc;
using Egov.Identity.Partners;
using Egov.Identity.Passkeys;
using Egov.Identity.Proofing;
using Egov.Identity.Sessions;
using Egov.Identity.StepUp;
using Egov.Platform;
using Egov.Platform.Persistence;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity;

/// <summary>One sign-in for every service: accounts and the platform's OpenID Connect provider.</summary>
public static class IdentityModule
{
    /// <summary>PBKDF2 iterations of a new password hash unless <c>Identity:PasswordHashIterations</c> says otherwise.</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddModuleDbContext<IdentityModuleDbContext, IdentitySqliteDbContext, IdentityPostgresDbContext>(database);

        services.AddIdentityCore<Account>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaimsPrincipalFactory>()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        // People are recognised by the platform's sign-in cookie; partner apps' bearer tokens are validated only
        // on the APIs that ask for them (an explicit default keeps token validation off every other request).
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/error/403";
            o.Cookie.Name = "egov.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // The cookie outlives no session; SessionLimits applies the overall and idle limits per account kind.
            o.ExpireTimeSpan = TimeSpan.FromHours(24);
            o.SlidingExpiration = false;
            o.Events.OnSigningIn = async context =>
            {
                await SessionLimits.OnSigningIn(context);
                await ServerSessions.OnSigningIn(context);
            };
            o.Events.OnSigningOut = ServerSessions.OnSigningOut;
            o.Events.OnValidatePrincipal = async context =>
            {
                // The session's row first: an ended session goes no further, on any host copy.
                await ServerSessions.OnValidatePrincipal(context);
                if (context.Principal is null)
                {
                    return;
                }

                await SessionLimits.OnValidatePrincipal(context);
                await ActingCheck.OnValidatePrincipal(context);
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = SessionAssurance.KeepOnRefresh);
        // PBKDF2-HMAC-SHA512 (Identity's V3 format) at OWASP's 2023 cost. Test hosts lower it (docs/testing.md): their
        // hundreds of sign-ups and sign-ins at this cost were most of the suite's CPU time.
        services.Configure<PasswordHasherOptions>(o =>
            o.IterationCount = configuration.GetValue("Identity:PasswordHashIterations", PasswordHashIterations));

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityModuleDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo");
                o.Configure(server =>
                {
                    // PKCE with S256 only: "plain" would let an intercepted challenge redeem the code.
                    server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                    // A partner sees its own subject for a person (PairwiseSubjects) unless registered as public.
                    server.SubjectTypes.Clear();
                    server.SubjectTypes.Add(SubjectTypes.Pairwise);
                    server.SubjectTypes.Add(SubjectTypes.Public);
                });
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // Rotating refresh tokens with no grace period: a redeemed token that comes back is treated as
                // stolen and revokes its whole family (every token of that authorization).
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                o.AddEventHandler(EndSessionRefusal.Descriptor);
                o.RegisterScopes([.. PartnerScopes.All]);
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                // Only a demo on loopback runs without TLS; production terminates TLS before the host.
                if (configuration.GetValue("Identity:AllowHttp", false))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        services.AddSingleton<OidcSecrets>();
        services.AddSingleton<PairwiseSubjects>();
        services.AddSingleton<PartnerRedirectOrigins>();
        services.AddSingleton<IFormActionSources>(sp => sp.GetRequiredService<PartnerRedirectOrigins>());
        services.AddScoped<PartnerClients>();
        services.AddScoped<IPartnerNames, PartnerNames>();
        services.AddScoped<IOfficialRoles, OfficialRoleLookup>();
        services.AddAssuranceLevels();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OidcKeyStore>();
        services.Configure<EgovLayoutOptions>(o =>
        {
            o.SignInPartial = "_IdentitySignIn";
            o.SessionBannerPartial = "_IdentityActingBanner";
        });
        services.AddSingleton<IConfigureOptions<IdentityPasskeyOptions>, PasskeyOptionsSetup>();
        services.AddScoped<PasskeySignIn>();
        services.AddScoped<AccountPasskeys>();
        services.AddScoped<SignInEvents>();
        services.AddScoped<UnknownAccountDecoy>();
        services.AddScoped<ProofingCodes>();
        services.AddRecurringJob<ProofingAttemptSweep>();
        services.AddRecurringJob<SessionSweep>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<ConnectedApps>();
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<PendingExternalLogin>();
        AddBrokeredProviders(services);
        services.AddScoped<Delegations>();
        services.AddScoped<ActingContext>();
        services.AddScoped<IActingContext>(sp => sp.GetRequiredService<ActingContext>());
        services.AddScoped<ActingAudit>();
        services.AddScoped<IActingAudit>(sp => sp.GetRequiredService<ActingAudit>());
        services.AddSingleton<CommonPasswordList>();
        services.AddHttpContextAccessor();
        services.AddScoped<IDataSeeder, DemoClientSeeder>();
        services.AddScoped<IDataSeeder, DemoAccountSeeder>();
        return services;
    }

    /// <summary>The pack's providers become OpenID Connect schemes at start-up (<see cref="BrokerSchemes"/>).</summary>
    private static void AddBrokeredProviders(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddSingleton<IConfigureOptions<AuthenticationOptions>, BrokerSchemes>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, BrokerOidcOptions>();
        services.AddSingleton<IFormActionSources, BrokerOrigins>();
        services.AddScoped<BrokeredSignIn>();
        // Proofing after a provider's sign-in (code, then ID and password) takes longer than Identity's default 5 minutes.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => o.ExpireTimeSpan = TimeSpan.FromMinutes(20));
    }

    internal static void ConfigureIdentity(IdentityOptions o)
    {
        // Version 3 has the passkey table.
        o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
        // NIST SP 800-63B: length, not composition rules.
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.User.RequireUniqueEmail = false;
        // Five wrong passwords or codes in a row lock the account for 15 minutes (the sign-in page says so).
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints)
    {
        TokenEndpoint.Map(endpoints);
        UserInfoEndpoint.Map(endpoints);
        return endpoints;
    }
}
