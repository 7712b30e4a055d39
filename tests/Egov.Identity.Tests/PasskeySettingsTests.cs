using System.Net;
using Egov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests;

/// <summary><c>Identity:Passkeys</c>: the configured rp id and origins replace the request's own.</summary>
public sealed class PasskeySettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfiguredOrigins_AreTheOnlyOnesAccepted_AndTheRpIdIsTheConfiguredDomain()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var host = new EgovHostFactory(database).WithWebHostBuilder(b => b
            .UseSetting("Identity:Passkeys:ServerDomain", "gov.example")
            .UseSetting("Identity:Passkeys:Origins:0", "https://id.gov.example"));
        await TestAccounts.CreateAsync(host.Services, "passkey-settings");
        var person = new PersonAtTheBrowser(host);
        using (await person.SignInAsync("passkey-settings"))
        {
        }

        using var page = await person.GetAsync("/account/passkeys");
        Assert.Contains("\"id\":\"gov.example\"", await PasskeyJourney.OptionsAsync(person, page, "create"), StringComparison.Ordinal);

        // The page's own origin is not in the list: refused, nothing stored.
        using var fromHost = new SoftwareAuthenticator(PasskeyJourney.Origin);
        using var refused = await PasskeyJourney.RegisterAsync(person, fromHost, "호스트");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        using var fromListed = new SoftwareAuthenticator("https://id.gov.example");
        using var added = await PasskeyJourney.RegisterAsync(person, fromListed, "목록");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var scope = host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Egov.Identity.Domain.Account>>();
        var passkey = Assert.Single(await accounts.GetPasskeysAsync((await accounts.FindByNameAsync("passkey-settings"))!));
        Assert.Equal(fromListed.CredentialId, passkey.CredentialId);
    }
}
