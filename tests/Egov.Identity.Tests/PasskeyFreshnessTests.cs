using System.Net;
using AngleSharp.Html.Parser;
using Egov.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Identity.Tests;

/// <summary>A passkey outlives the session that adds it, so adding one needs a sign-in within the last 10 minutes.</summary>
public sealed class PasskeyFreshnessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddingAPasskey_AfterTenMinutes_AsksToSignInAgain_AndRefusesTheOptionsWithAProblem()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new EgovHostFactory(database).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        await TestAccounts.CreateAsync(host.Services, "passkey-stale");
        var person = new PersonAtTheBrowser(host);
        using (await person.SignInAsync("passkey-stale"))
        {
        }

        time.Advance(TimeSpan.FromMinutes(11));
        using var stale = await person.GetAsync("/account/passkeys");
        var text = await stale.Content.ReadAsStringAsync(Ct);
        Assert.Contains("로그인한 지 10분 안에만", text, StringComparison.Ordinal);
        Assert.DoesNotContain("data-passkey=\"create\"", text, StringComparison.Ordinal);

        var token = new HtmlParser().ParseDocument(text).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var options = await person.Client.PostAsync("/account/passkeys?handler=CreationOptions",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, options.StatusCode);
        Assert.Equal("application/problem+json", options.Content.Headers.ContentType!.MediaType);

        using (await person.SignInAsync("passkey-stale"))
        {
        }

        using var authenticator = new SoftwareAuthenticator(PasskeyJourney.Origin);
        using var added = await PasskeyJourney.RegisterAsync(person, authenticator, "새 기기");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
