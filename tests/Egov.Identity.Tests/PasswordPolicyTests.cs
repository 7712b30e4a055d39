using System.Buffers.Binary;
using Egov.Identity.Domain;
using Egov.Platform.Persistence;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Egov.Identity.Tests;

/// <summary>NIST SP 800-63B passwords: length and a common-password list instead of composition rules; a slow hash.</summary>
public sealed class PasswordPolicyTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    [Theory]
    [InlineData("password", false)]           // among the most common
    [InlineData("Qwertyuiop", false)]         // common, whatever the case
    [InlineData("short7c", false)]            // under 8 characters
    [InlineData("lantern orbit", true)]       // no digits, no capitals: fine
    [InlineData("a very long passphrase of more than sixty-four characters, with spaces and punctuation!", true)]
    public async Task NewPassword_IsJudgedByLengthAndCommonness_NotComposition(string password, bool accepted)
    {
        using var scope = host.Factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        var result = await accounts.CreateAsync(new Account { UserName = $"pw-{Guid.NewGuid():N}", CreatedAt = DateTime.UtcNow }, password);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task StoredPassword_IsPbkdf2Sha512_AtTheHostsConfiguredCount()
    {
        using var scope = host.Factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = $"pw-{Guid.NewGuid():N}", CreatedAt = DateTime.UtcNow };
        (await accounts.CreateAsync(account, "lantern orbit harbour")).AssertSucceeded();

        // Test hosts lower the cost (EgovHostFactory) so that hundreds of sign-ins stay cheap.
        var configured = host.Factory.Services.GetRequiredService<IConfiguration>().GetValue<uint>("Identity:PasswordHashIterations");
        AssertPbkdf2Sha512(account.PasswordHash!, configured);
    }

    [Fact]
    public void ADeploymentThatSetsNothing_HashesAt210000Iterations()
    {
        var services = new ServiceCollection();
        services.AddIdentityModule(
            new ConfigurationBuilder().Build(),
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=unused.db", MigrateAtStartup: false));
        using var provider = services.BuildServiceProvider();
        var hasher = new PasswordHasher<Account>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>());

        AssertPbkdf2Sha512(hasher.HashPassword(new Account(), "lantern orbit harbour"), 210_000);
    }

    // Identity's V3 format: 0x01, PRF (2 = HMAC-SHA512), iteration count, salt length, salt, subkey.
    private static void AssertPbkdf2Sha512(string storedHash, uint iterations)
    {
        var hash = Convert.FromBase64String(storedHash);
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(iterations, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }
}
