using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
        await ConnectDemoBankAsync(await CreateAccountAsync());
        await Page.GotoAsync("/account/sign-in");
        await SignInHereAsync(Page);

        await using var phoneContext = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(), Locale = "ko-KR", UserAgent = IPhone, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync("/account/sign-in");
        await SignInHereAsync(phone);

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

    private static async Task SignInHereAsync(IPage page)
    {
        await page.GetByLabel("아이디").FillAsync("browser-sessions");
        await page.GetByLabel("비밀번호").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();
    }

    private async Task AssertNoSeriousAxeViolationsAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }

    private async Task<Guid> CreateAccountAsync()
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var account = new Egov.Identity.Domain.Account { UserName = "browser-sessions", DisplayName = "이서연", CreatedAt = DateTime.UtcNow };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<Egov.Identity.Domain.Account>>().CreateAsync(account, "correct horse battery staple")).Succeeded);
        return account.Id;
    }

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
