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
        await Page.GetByLabel("비밀번호").FillAsync("correct horse battery staple");
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

    private async Task CreateAccountAsync(string userName, string displayName)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Egov.Identity.Domain.Account>>();
        var result = await accounts.CreateAsync(
            new Egov.Identity.Domain.Account { UserName = userName, DisplayName = displayName, CreatedAt = DateTime.UtcNow },
            "correct horse battery staple");
        Assert.True(result.Succeeded);
    }

    private async Task SaveScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepoPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
