using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// Passkeys in Chromium with its virtual WebAuthn authenticator (CDP): register one on /account/passkeys, sign
/// out, sign in with it. WebAuthn refuses IP addresses as relying-party ids, so these pages are opened through
/// <c>localhost</c> (a secure context over http), which is also the rp id the host derives from the request.
/// </summary>
public sealed class PasskeyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Person_RegistersAPasskey_SignsOut_SignsInWithIt_RenamesAndRemovesIt()
    {
        await CreateAccountAsync("browser-passkey", "이서연");
        await using var context = await LocalhostContextAsync();
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        var authenticator = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await SignInAsync(page, "browser-passkey");
        await page.GotoAsync("/account/passkeys");
        await Expect(page.GetByText("아직 등록한 패스키가 없습니다.")).ToBeVisibleAsync();
        await page.GetByLabel("패스키 이름", new() { Exact = true }).FillAsync("내 노트북");
        await SaveScreenshotAsync(page, "passkeys-add-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "패스키 등록", Exact = true }).ClickAsync();

        await Expect(page.GetByText("패스키 내 노트북을(를) 등록했습니다.")).ToBeVisibleAsync();
        var myPasskeys = page.GetByRole(AriaRole.List, new() { Name = "내 패스키" });
        await Expect(myPasskeys.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(myPasskeys.GetByRole(AriaRole.Listitem)).ToContainTextAsync("내 노트북");
        await Expect(myPasskeys.GetByRole(AriaRole.Listitem)).ToContainTextAsync("이 기기에만 저장");
        await AssertNoSeriousAxeViolationsAsync(page);
        await SaveScreenshotAsync(page, "passkeys-list-1280");
        await page.SetViewportSizeAsync(390, 900);
        await SaveScreenshotAsync(page, "passkeys-list-390");
        await page.SetViewportSizeAsync(1280, 900);
        var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object>
        {
            ["authenticatorId"] = authenticator!.Value.GetProperty("authenticatorId").GetString()!,
        });
        var credential = Assert.Single(credentials!.Value.GetProperty("credentials").EnumerateArray());
        Assert.True(credential.GetProperty("isResidentCredential").GetBoolean());
        Assert.Equal("localhost", credential.GetProperty("rpId").GetString());

        var countAtRegistration = await SignCountAsync(cdp, authenticator.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToHaveCountAsync(0);
        await page.GotoAsync("/account/sign-in");
        await Expect(page.GetByText("이서연")).ToHaveCountAsync(0);
        await SaveScreenshotAsync(page, "sign-in-passkey-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "패스키로 로그인" }).ClickAsync();

        await Expect(page.GetByText("이서연")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        // The authenticator signed once more: the sign-in really went through it.
        Assert.Equal(countAtRegistration + 1, await SignCountAsync(cdp, authenticator.Value));

        await page.GotoAsync("/account/passkeys");
        await page.GetByRole(AriaRole.Link, new() { Name = "패스키 내 노트북의 이름 변경" }).ClickAsync();
        await Expect(page.GetByLabel("패스키 이름", new() { Exact = true })).ToHaveValueAsync("내 노트북");
        await page.GetByLabel("패스키 이름", new() { Exact = true }).FillAsync("회사 노트북");
        await SaveScreenshotAsync(page, "passkeys-rename-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "이름 저장" }).ClickAsync();
        await Expect(page.GetByText("패스키 이름을 회사 노트북(으)로 바꿨습니다.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "패스키 회사 노트북 삭제" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "패스키 회사 노트북을(를) 삭제할까요?" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "passkeys-remove-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "패스키 삭제" }).ClickAsync();
        await Expect(page.GetByText("패스키를 삭제했습니다.")).ToBeVisibleAsync();
        await Expect(page.GetByText("아직 등록한 패스키가 없습니다.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task BrowserWithoutWebAuthn_IsToldSoInWords()
    {
        await using var context = await LocalhostContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("delete window.PublicKeyCredential;");

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "패스키로 로그인" }).ClickAsync();

        await Expect(page.GetByText("이 브라우저에서는 패스키를 쓸 수 없습니다.")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "sign-in-passkey-unsupported-1280");
    }

    private static async Task<uint> SignCountAsync(ICDPSession cdp, JsonElement authenticator)
    {
        var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object>
        {
            ["authenticatorId"] = authenticator.GetProperty("authenticatorId").GetString()!,
        });
        return credentials!.Value.GetProperty("credentials")[0].GetProperty("signCount").GetUInt32();
    }

    private async Task<IBrowserContext> LocalhostContextAsync() =>
        await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = $"http://localhost:{Fixture.BaseAddress.Port}",
            Locale = Locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    private async Task SignInAsync(IPage page, string userName)
    {
        await SignInWithPasswordAsync(userName, page);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
    }

}
