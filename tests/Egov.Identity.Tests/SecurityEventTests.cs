using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Egov.Testing;

namespace Egov.Identity.Tests;

public sealed class SecurityEventTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    [Fact]
    public async Task SignIns_PublishSucceededAndFailedEvents_ThroughTheOutbox()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "citizen-events");
        var person = new PersonAtTheBrowser(host.Factory);

        using (var failed = await person.SignInAsync("citizen-events", "wrong password"))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using (var succeeded = await person.SignInAsync("citizen-events"))
        {
            Assert.Equal(HttpStatusCode.Redirect, succeeded.StatusCode);
        }

        using var scope = host.Factory.Services.CreateScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages
            .AsNoTracking().Where(m => m.Payload.Contains(account.Id.ToString())).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(messages, m => m.Type == typeof(SignInFailed).FullName);
        Assert.Contains(messages, m => m.Type == typeof(SignInSucceeded).FullName && m.Payload.Contains("urn:egov:aal1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndSession_SignsThePersonOutOfThePlatform()
    {
        await TestAccounts.CreateAsync(host.Factory.Services, "citizen-logout");
        var person = new PersonAtTheBrowser(host.Factory);
        using (await person.SignInAsync("citizen-logout"))
        {
        }

        Assert.Contains("/account/sign-out", await (await person.GetAsync("/")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        // Without a partner's id_token_hint the platform asks first (EndSessionTests).
        using var ask = await person.GetAsync("/connect/endsession");
        using var logout = await person.SubmitAsync(ask, new Dictionary<string, string>(), ("decision", "leave"));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("/account/sign-in", await (await person.GetAsync("/")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
