using Egov.Identity.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Egov.Identity.Tests;

/// <summary>An unknown ID costs the same slow hash as a wrong password, so timing does not tell them apart.</summary>
public sealed class EnumerationTests
{
    [Fact]
    public async Task SignIn_WithAnUnknownId_StillVerifiesAPasswordHash()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        var hasher = new CountingHasher();
        await using var factory = new EgovHostFactory(database)
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<Account>>(hasher)));
        var person = new PersonAtTheBrowser(factory);

        using var answer = await person.SignInAsync("nobody-has-this-id", "some password");

        Assert.Equal(1, hasher.Verifications);
    }

    private sealed class CountingHasher() : PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }))
    {
        public int Verifications { get; private set; }

        public override PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
