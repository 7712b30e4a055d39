using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Sessions;
using Egov.Platform.Data;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Sessions;

/// <summary>
/// <c>/account</c> with two browsers (two cookie jars) on one account: each sign-in is a session, either can
/// end the other or all of them, and what ended stays ended whatever cookie comes back.
/// </summary>
public sealed class MyAccountTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoSignIns_AreTwoSessions_AndThePageMarksThisOne()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-two");
        var laptop = await SignedInAsync("sessions-two", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        var phone = await SignedInAsync("sessions-two", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");

        var page = await PageAsync(laptop);

        var sessions = page.QuerySelectorAll("section[aria-labelledby=account-sessions] li.egov-choice");
        Assert.Equal(2, sessions.Length);
        var mine = Assert.Single(sessions, s => s.QuerySelector("form") is null);
        Assert.Contains("Chrome · Windows", mine.TextContent, StringComparison.Ordinal);
        var other = Assert.Single(sessions, s => s.QuerySelector("form") is not null);
        Assert.Contains("Safari · iOS", other.TextContent, StringComparison.Ordinal);
        var rows = await SessionsOfAsync(account.Id);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("pwd", AssuranceLevels.Aal1), (r.Methods, r.Level)));
        Assert.True(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task RevokingTheOtherSession_SignsThatBrowserOut_AndThisOneGoesOn()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-revoke");
        var laptop = await SignedInAsync("sessions-revoke");
        var lost = await SignedInAsync("sessions-revoke");

        using var page = await laptop.GetAsync("/account");
        using var revoked = await laptop.SubmitAsync(page, new Dictionary<string, string>(), which: HandlerForm("RevokeSession"));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.False(await IsSignedInAsync(lost));
        Assert.True(await IsSignedInAsync(laptop));
        var ended = (await SessionsOfAsync(account.Id)).Single(s => s.EndedAt is not null);
        Assert.Equal(SessionEndReason.Revoked, ended.EndReason);
        await AssertPublishedAsync<SessionRevoked>(account.Id, ended.Id.ToString());
        await AssertAuditedAsync("identity.session.revoke", account.Id, $"session:{ended.Id}");
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySession_ThisOneIncluded()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-everywhere");
        var laptop = await SignedInAsync("sessions-everywhere");
        var phone = await SignedInAsync("sessions-everywhere");

        using var page = await laptop.GetAsync("/account");
        using var done = await laptop.SubmitAsync(page, new Dictionary<string, string>(), which: HandlerForm("SignOutEverywhere"));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await IsSignedInAsync(laptop));
        Assert.False(await IsSignedInAsync(phone));
        Assert.All(await SessionsOfAsync(account.Id), s => Assert.Equal(SessionEndReason.SignedOutEverywhere, s.EndReason));
        await AssertPublishedAsync<SignedOutEverywhere>(account.Id, "\"sessionsEnded\":2");
        await AssertAuditedAsync("identity.session.signOutEverywhere", account.Id, $"account:{account.Id}");
    }

    [Fact]
    public async Task AnEndedSessionsCookie_ReplayedLater_IsRefused()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-replay");
        var person = new PersonAtTheBrowser(host.Factory);
        using var signedIn = await person.SignInAsync("sessions-replay");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("egov.session=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);

        // The header's sign-out button, as a person uses it.
        using var home = await person.GetAsync("/account");
        var document = await ParseAsync(home);
        var signOut = document.QuerySelector("form[action$='/account/sign-out']")!;
        using var signedOut = await person.Client.PostAsync("/account/sign-out", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", signOut.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replayed = await ReplayAsync(cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/sign-in", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(SessionEndReason.SignedOut, Assert.Single(await SessionsOfAsync(account.Id)).EndReason);
    }

    [Fact]
    public async Task SignInAgainInTheSameBrowser_ReplacesItsSession()
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-again");
        var person = await SignedInAsync("sessions-again");
        using (await person.SignInAsync("sessions-again"))
        {
        }

        var rows = await SessionsOfAsync(account.Id);
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.EndedAt is null);
        Assert.Single(rows, r => r.EndReason == SessionEndReason.Replaced);
        Assert.True(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task SomeoneElsesSessionId_IsNotFound_AndNothingChanges()
    {
        var victim = await TestAccounts.CreateAsync(host.Factory.Services, "sessions-victim");
        await TestAccounts.CreateAsync(host.Factory.Services, "sessions-intruder");
        var victimBrowser = await SignedInAsync("sessions-victim");
        var intruder = await SignedInAsync("sessions-intruder");
        var victimSession = Assert.Single(await SessionsOfAsync(victim.Id)).Id;

        using var refused = await PostAsync(intruder, "RevokeSession", victimSession.ToString());

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(Assert.Single(await SessionsOfAsync(victim.Id)).EndedAt);
        Assert.True(await IsSignedInAsync(victimBrowser));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APostWithoutAValidAntiforgeryToken_Is400_AndNothingChanges(bool tampered)
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, $"sessions-csrf-{tampered}");
        var person = await SignedInAsync($"sessions-csrf-{tampered}");
        using var page = await person.GetAsync("/account");
        var token = (await ParseAsync(page)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>();
        if (tampered)
        {
            fields.Add(new("__RequestVerificationToken", token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")));
        }

        using var posted = await person.Client.PostAsync("/account?handler=SignOutEverywhere", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(Assert.Single(await SessionsOfAsync(account.Id)).EndedAt);
        Assert.True(await IsSignedInAsync(person));
    }

    private async Task<PersonAtTheBrowser> SignedInAsync(string userName, string? userAgent = null)
    {
        var person = new PersonAtTheBrowser(host.Factory);
        if (userAgent is not null)
        {
            person.Client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        using var signedIn = await person.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return person;
    }

    private static async Task<IDocument> PageAsync(PersonAtTheBrowser person)
    {
        using var page = await person.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await ParseAsync(page);
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage page) =>
        await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(Ct));

    private static async Task<bool> IsSignedInAsync(PersonAtTheBrowser person)
    {
        using var page = await person.GetAsync("/account");
        return page.StatusCode == HttpStatusCode.OK;
    }

    private Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client.GetAsync("/account", Ct);
    }

    /// <summary>Posts to one of the page's handlers with a valid antiforgery token, whatever the page offers.</summary>
    internal static async Task<HttpResponseMessage> PostAsync(PersonAtTheBrowser person, string handler, string id)
    {
        using var page = await person.GetAsync("/account");
        var token = (await ParseAsync(page)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await person.Client.PostAsync($"/account?handler={handler}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("id", id)]), Ct);
    }

    private static Func<AngleSharp.Html.Dom.IHtmlFormElement, bool> HandlerForm(string handler) =>
        f => f.GetAttribute("action")?.EndsWith($"handler={handler}", StringComparison.Ordinal) == true;

    private async Task<List<AccountSession>> SessionsOfAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId).ToListAsync(Ct);
    }

    private async Task AssertAuditedAsync(string action, Guid actor, string subject)
    {
        using var scope = host.Factory.Services.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == action && e.Actor == $"account:{actor}").ToListAsync(Ct);
        Assert.Contains(entries, e => e.Subject == subject);
    }

    private async Task AssertPublishedAsync<TEvent>(Guid account, string text)
    {
        using var scope = host.Factory.Services.CreateScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(TEvent).FullName).ToListAsync(Ct);
        Assert.Contains(messages, m => m.Payload.Contains(account.ToString(), StringComparison.Ordinal) && m.Payload.Contains(text, StringComparison.Ordinal));
    }
}
