using System.Net;
using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Egov.Identity.Partners;
using Egov.Testing;

namespace Egov.Identity.Tests.Partners;

/// <summary>A page behind the AAL2 policy and a role: step-up for a password-only session, 403 without the role.</summary>
public sealed class StepUpForPagesTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aal1Official_WithoutAnApp_IsSentToSetOneUp_ThenReachesThePage()
    {
        await Administrator.CreateAsync(host.Factory.Services, "admin-step-up-setup", AccountKind.Official, PartnerAdministration.Role);
        var official = new PersonAtTheBrowser(host.Factory);
        using (await official.SignInAsync("admin-step-up-setup"))
        {
        }

        using var stepUp = await official.GetAsync("/admin/partners?sort=id");
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        Assert.Equal("/account/authenticator?ReturnUrl=%2Fadmin%2Fpartners%3Fsort%3Did", stepUp.Headers.Location!.OriginalString);

        var (done, _) = await Administrator.SetUpAuthenticatorAsync(official, stepUp.Headers.Location!.OriginalString);
        var continueTo = new HtmlParser().ParseDocument(done).QuerySelector("main a[href*='admin/partners']")!.GetAttribute("href");
        Assert.Equal("/admin/partners?sort=id", continueTo);

        using var page = await official.GetAsync(continueTo!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("demo-bank", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aal1Official_WithAnApp_SignsInAgainWithTheCode_ThenReachesThePage()
    {
        await Administrator.CreateAsync(host.Factory.Services, "admin-step-up-code", AccountKind.Official, PartnerAdministration.Role);
        // A password-only session from before the app was turned on (in another browser).
        var official = new PersonAtTheBrowser(host.Factory);
        using (await official.SignInAsync("admin-step-up-code"))
        {
        }

        var elsewhere = new PersonAtTheBrowser(host.Factory);
        using (await elsewhere.SignInAsync("admin-step-up-code"))
        {
        }

        var (_, key) = await Administrator.SetUpAuthenticatorAsync(elsewhere, "/account/authenticator");

        using var stepUp = await official.GetAsync("/admin/partners");
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fadmin%2Fpartners", stepUp.Headers.Location!.OriginalString);
        using (var signedOut = await official.GetAsync("/"))
        {
            Assert.Contains("/account/sign-in", await signedOut.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var password = await official.SignInAtAsync(stepUp.Headers.Location!.OriginalString, "admin-step-up-code");
        Assert.StartsWith("/account/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var codePage = await official.GetAsync(password.Headers.Location!.OriginalString);
        using var code = await official.SubmitAsync(codePage, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow) + 1) });
        Assert.Equal("/admin/partners", code.Headers.Location!.OriginalString);

        using var page = await official.GetAsync("/admin/partners");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var answer = await new PersonAtTheBrowser(host.Factory).GetAsync("/admin/partners");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/account/sign-in", answer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "citizen")]
    [InlineData(false, "approver")]
    public async Task WithoutTheRole_Is403_EvenAtAal2(bool citizen, string role)
    {
        var kind = citizen ? AccountKind.Citizen : AccountKind.Official;
        var userName = $"no-admin-{kind}-{role}".ToLowerInvariant();
        var person = await Administrator.SignedInAtAal2Async(host.Factory, userName, kind, [role]);

        using var answer = await person.GetAsync("/admin/partners");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    [Fact]
    public async Task Citizen_AtAal1_Is403_NotSteppedUp()
    {
        var citizen = await SignedInPeople.CitizenAsync(host.Factory, "citizen-admin-aal1");

        using var answer = await citizen.GetAsync("/admin/partners/new");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }
}
