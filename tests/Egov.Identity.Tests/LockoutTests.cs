using System.Net;
using Egov.Testing;

namespace Egov.Identity.Tests;

public sealed class LockoutTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefusedForAWhile()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-lockout");
        var person = new PersonAtTheBrowser(host.Factory);

        async Task<HttpResponseMessage> TryAsync(string password)
        {
            return await person.SignInAsync("citizen-lockout", password);
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await TryAsync("wrong password " + i)).StatusCode);
        }

        using var locked = await TryAsync(PersonAtTheBrowser.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("15", await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManySignInAttemptsFromOneAddress_AreSlowedDown_WithAReadablePage()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Platform:Limits:SignInAttemptsPerMinutePerAddress"] = "3" });
        var person = new PersonAtTheBrowser(factory);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var answer = await person.SignInAsync($"someone-{i}", "guess number " + i);
            statuses.Add(answer.StatusCode);
            if (answer.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("<h1>", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
