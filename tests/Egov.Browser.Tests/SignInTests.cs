using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>Signing in with an ID and a password, in the browser, by the labels a person reads.</summary>
public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Person_SignsInWithIdAndPassword_AndSeesTheirNameInTheHeader()
    {
        await CreateAccountAsync("browser-citizen", "김민준");

        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("아이디").FillAsync("browser-citizen");
        await Page.GetByLabel("비밀번호").FillAsync(TestPassword);
        await SaveScreenshotAsync("sign-in-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("김민준")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsTheSummaryAndTheFieldError_WithoutSayingWhichWasWrong()
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("아이디").FillAsync("no-such-person");
        await Page.GetByLabel("비밀번호").FillAsync("whatever it is");
        await Page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("입력 내용을 확인해 주세요")).ToBeVisibleAsync();
        await Expect(Page.GetByText("아이디 또는 비밀번호가 올바르지 않습니다").First).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("비밀번호")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Person_SetsUpAnAuthenticatorApp_ThenSignsInWithPasswordAndCode()
    {
        await CreateAccountAsync("browser-totp", "박지우");
        await SignInWithPasswordAsync("browser-totp");

        await Page.GotoAsync("/account/authenticator");
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "인증 앱에 이 누리집을 추가하는 QR 코드" })).ToBeVisibleAsync();
        var key = Egov.Identity.Domain.Base32.Decode((await Page.Locator("main p code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal));
        var step = Egov.Identity.Domain.Totp.StepAt(DateTimeOffset.UtcNow);
        await SaveScreenshotAsync("authenticator-1280");
        await Page.GetByLabel("코드").FillAsync(Egov.Identity.Domain.Totp.Code(key, step));
        await Page.GetByRole(AriaRole.Button, new() { Name = "사용하기" }).ClickAsync();
        await Expect(Page.GetByText("인증 앱을 사용합니다")).ToBeVisibleAsync();
        await Expect(Page.Locator(".egov-recovery-codes li")).ToHaveCountAsync(10);

        await Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await SignInWithPasswordAsync("browser-totp");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "인증 앱의 코드 입력" })).ToBeVisibleAsync();
        await Page.GetByLabel("코드").FillAsync(Egov.Identity.Domain.Totp.Code(key, step + 1));
        await Page.GetByRole(AriaRole.Button, new() { Name = "계속" }).ClickAsync();

        await Expect(Page.GetByText("박지우")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PartnerApp_CodeFlow_AsksConsentNamingEachScope_ThenReturnsACode()
    {
        await CreateAccountAsync("browser-partner", "최유나");
        // The demo partner's callback lives in the partner app: the browser test stands in for it.
        await Page.RouteAsync("http://127.0.0.1:5100/**", route => route.FulfillAsync(new() { Status = 200, Body = "partner app" }));
        var challenge = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            System.Security.Cryptography.SHA256.HashData("browser-test-verifier-0123456789-abcdefghij"u8));

        await Page.GotoAsync("/connect/authorize?client_id=demo-bank&response_type=code&scope=openid%20profile"
            + "&redirect_uri=" + Uri.EscapeDataString("http://127.0.0.1:5100/signin-oidc")
            + "&code_challenge=" + challenge + "&code_challenge_method=S256&state=xyz");
        await Page.GetByLabel("아이디").FillAsync("browser-partner");
        await Page.GetByLabel("비밀번호").FillAsync(TestPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "정보 제공 동의" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Demo Bank")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "이름" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("consent-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "동의", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^http://127\.0\.0\.1:5100/signin-oidc\?code=.+&state=xyz"));
    }

}
