using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenIddict.Abstractions;
using System.Security.Claims;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>My account: a person sees where they are signed in, ends a session on another device, then signs out everywhere.</summary>
public sealed partial class MyAccountTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task Person_EndsTheSessionOnTheirPhone_ThenSignsOutEverywhere()
    {
        await ConnectDemoBankAsync(await CreateAccountAsync("browser-sessions", "이서연"));
        await SignInWithPasswordAsync("browser-sessions");

        await using var phoneContext = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(), Locale = "ko-KR", UserAgent = IPhone, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var phone = await phoneContext.NewPageAsync();
        await SignInWithPasswordAsync("browser-sessions", phone);

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "이서연" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "내 계정", Level = 1 })).ToBeVisibleAsync();
        var sessions = Page.GetByRole(AriaRole.Region, new() { Name = "로그인되어 있는 곳" });
        await Expect(sessions.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(sessions.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "지금 이 브라우저" })).ToContainTextAsync("Chrom");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "연결된 앱" })).ToContainTextAsync("Demo Bank");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("my-account-1280");
        await Page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync("my-account-390");
        await Page.SetViewportSizeAsync(1280, 900);

        await sessions.GetByRole(AriaRole.Button, new() { NameRegex = SafariOnIos() }).ClickAsync();

        await Expect(Page.GetByText("로그인을 끝냈습니다")).ToBeVisibleAsync();
        await Expect(sessions.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "최근에 끝난 로그인" })).ToContainTextAsync("다른 브라우저에서 끝냄");
        await AssertNoSeriousAxeViolationsAsync();
        await Page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync("my-account-revoked-390");
        await Page.SetViewportSizeAsync(1280, 900);
        await phone.GotoAsync("/account");
        await Expect(phone).ToHaveURLAsync(new Regex("/account/sign-in"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "모든 곳에서 로그아웃" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "로그인" })).ToBeVisibleAsync();
        await Page.GotoAsync("/account");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [GeneratedRegex("Safari · iOS")]
    private static partial Regex SafariOnIos();

    /// <summary>The demo bank as a connected app: its authorization, as the consent page leaves it (the code flow has its own tests).</summary>
    private async Task ConnectDemoBankAsync(Guid accountId)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var bank = await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync("demo-bank");
        var bankId = await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().GetIdAsync(bank!);
        await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity()), accountId.ToString(), bankId!, OpenIddictConstants.AuthorizationTypes.Permanent,
            ["openid", "profile", "offline_access"]);
    }
}
