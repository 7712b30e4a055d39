using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>A partner's sign-out request without the person's id_token_hint: the platform asks first.</summary>
public sealed class SignOutRequestTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string PostLogout = "http://127.0.0.1:5100/signout-callback-oidc";

    [Fact]
    public async Task SignOutRequest_AsksFirst_StaysOrLeaves_AndAnUnknownAddressIsRefused()
    {
        await CreateAccountAsync("browser-logout", "오하늘", AccountKind.Citizen);
        await SignInWithPasswordAsync("browser-logout");
        await Page.RouteAsync("http://127.0.0.1:5100/**", route => route.FulfillAsync(new() { Status = 200, Body = "partner app" }));
        var request = $"/connect/endsession?client_id=demo-bank&post_logout_redirect_uri={Uri.EscapeDataString(PostLogout)}&state=st";

        await Page.GotoAsync(request);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "로그아웃할까요?" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Demo Bank에서 플랫폼 로그아웃을 요청했습니다")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("sign-out-request-1280");
        await SaveScreenshotAsync("sign-out-request-390", width: 390);
        await Page.GetByRole(AriaRole.Button, new() { Name = "로그인 유지" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃", Exact = true })).ToBeVisibleAsync();

        await Page.GotoAsync($"/connect/endsession?client_id=demo-bank&post_logout_redirect_uri={Uri.EscapeDataString("https://attacker.example.com/")}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "이 로그아웃 요청은 처리할 수 없습니다" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("sign-out-refused-1280");
        await SaveScreenshotAsync("sign-out-refused-390", width: 390);

        await Page.GotoAsync(request);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "로그아웃", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(PostLogout + "?state=st");
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "로그인" })).ToBeVisibleAsync();
    }
}
