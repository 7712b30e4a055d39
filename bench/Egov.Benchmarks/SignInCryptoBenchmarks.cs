using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Egov.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Egov.Benchmarks;

/// <summary>
/// The cost of one sign-in's cryptography on one core: a password check at the module's cost
/// (PBKDF2-HMAC-SHA512, 210,000 iterations, as IdentityModule configures) beside the raw ECDSA P-256
/// sign and verify that a passkey assertion costs the authenticator and the server, measured in the same run,
/// and a whole passkey assertion as the host verifies it: ASP.NET Core Identity's passkey handler (JSON,
/// client data, rp id, flags, COSE key, signature, counter) over its EF Core store on in-memory SQLite, a
/// fresh scope (DbContext) per assertion as per request.
/// </summary>
[ShortRunJob]
public class SignInCryptoBenchmarks : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly PasswordHasher<object> hasher =
        new(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] signedData = RandomNumberGenerator.GetBytes(37 + 32);
    private byte[] signature = [];
    private string passwordHash = "";

    private SqliteConnection? connection;
    private IServiceScope? sharedScope;
    private IPasskeyHandler<IdentityUser>? sharedHandler;
    private ServiceProvider? services;
    private SoftwareAuthenticator? authenticator;
    private DefaultHttpContext http = new();
    private string assertionState = "";
    private string assertionJson = "";

    [GlobalSetup]
    public void Setup()
    {
        SetUpPasskeyAssertion();
        // A WebAuthn assertion signs authenticatorData (37 bytes without extensions) ‖ SHA-256(clientDataJSON).
        signature = key.SignData(signedData, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        passwordHash = hasher.HashPassword(new object(), Password);
    }

    [Benchmark(Baseline = true)]
    public bool EcdsaP256Verify() =>
        key.VerifyData(signedData, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public byte[] EcdsaP256Sign() =>
        key.SignData(signedData, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public PasswordVerificationResult PasswordVerify() =>
        hasher.VerifyHashedPassword(new object(), passwordHash, Password);

    [Benchmark]
    public async Task<bool> PasskeyAssertionVerify()
    {
        await using var scope = services!.CreateAsyncScope();
        return await VerifyAsync(scope.ServiceProvider.GetRequiredService<IPasskeyHandler<IdentityUser>>());
    }

    /// <summary>The same through one long-lived scope: what the per-request DbContext and DI scope cost.</summary>
    [Benchmark]
    public Task<bool> PasskeyAssertionVerifyOneScope() => VerifyAsync(sharedHandler!);

    private async Task<bool> VerifyAsync(IPasskeyHandler<IdentityUser> handler)
    {
        var result = await handler.PerformAssertionAsync(new PasskeyAssertionContext
        {
            HttpContext = http,
            CredentialJson = assertionJson,
            AssertionState = assertionState,
        });
        return result.Succeeded ? true : throw new InvalidOperationException(result.Failure.Message);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        sharedScope?.Dispose();
        services?.Dispose();
        connection?.Dispose();
        authenticator?.Dispose();
        key.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// One account with one passkey in the store, and one signed assertion to check again and again: the
    /// authenticator sends a zero counter (as many platform authenticators do), so the same answer stays valid.
    /// </summary>
    private void SetUpPasskeyAssertion()
    {
        connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContext<IdentityDbContext>(o => o.UseSqlite(connection));
        collection.AddIdentityCore<IdentityUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddEntityFrameworkStores<IdentityDbContext>();
        collection.TryAddScoped<IPasskeyHandler<IdentityUser>, PasskeyHandler<IdentityUser>>();
        // As the host: user verification required; the origin is checked against the request's.
        collection.Configure<IdentityPasskeyOptions>(o => o.UserVerificationRequirement = "required");
        services = collection.BuildServiceProvider();

        http = new DefaultHttpContext { RequestServices = services };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("localhost");
        http.Request.Headers.Origin = "http://localhost";
        authenticator = new SoftwareAuthenticator("http://localhost") { SignCount = 0 };

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.EnsureCreated();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser("bench");
        Check(accounts.CreateAsync(user).GetAwaiter().GetResult());
        authenticator.UserHandle = System.Text.Encoding.UTF8.GetBytes(user.Id);
        Check(accounts.AddOrUpdatePasskeyAsync(user, new UserPasskeyInfo(
            authenticator.CredentialId, authenticator.CosePublicKey(), DateTimeOffset.UtcNow, signCount: 0, transports: ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [], clientDataJson: [])).GetAwaiter().GetResult());

        var options = scope.ServiceProvider.GetRequiredService<IPasskeyHandler<IdentityUser>>().MakeRequestOptionsAsync(null, http).GetAwaiter().GetResult();
        assertionState = options.AssertionState!;
        assertionJson = authenticator.SignIn(options.RequestOptionsJson);
        sharedScope = services.CreateScope();
        sharedHandler = sharedScope.ServiceProvider.GetRequiredService<IPasskeyHandler<IdentityUser>>();
        PasskeyAssertionVerify().GetAwaiter().GetResult();

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
