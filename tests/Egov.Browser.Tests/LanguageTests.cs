using System.Text.RegularExpressions;
using Egov.Platform.Packs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

public sealed class LanguageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("ko-KR", "ko", "지금 이용할 수 있는 서비스")]
    [InlineData("en-US", "en", "Available now")]
    [InlineData("ja-JP", "ja", "今すぐ使えるサービス")]
    public async Task Home_RendersInTheBrowsersLanguage(string locale, string lang, string heading)
    {
        var page = await (await NewContextAsync(locale, 1280)).NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    [Theory]
    [InlineData("ko-KR", "디자인 시스템", "버튼")]
    [InlineData("en-US", "Design system", "Buttons")]
    [InlineData("ja-JP", "デザインシステム", "ボタン")]
    public async Task Design_RendersInTheBrowsersLanguage(string locale, string title, string section)
    {
        var page = await (await NewContextAsync(locale, 1280)).NewPageAsync();

        await page.GotoAsync("/design");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Level = 2 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LanguageSwitch_ChangesTheLanguage_AndRemembersIt()
    {
        await Page.GotoAsync("/design");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "디자인 시스템", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByText("언어 변경").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/design$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Design system", Level = 1 })).ToBeVisibleAsync();
        var serviceName = Fixture.Host.Services.GetRequiredService<CountryPack>().Texts["en"]["pack.serviceName"];
        await Page.GetByRole(AriaRole.Link, new() { Name = serviceName, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Available now", Level = 2 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LanguageSwitch_IgnoresAReturnAddressOffTheSite()
    {
        await Page.GotoAsync("/design");
        await Page.Locator("input[name=returnUrl]").EvaluateAsync("input => input.value = '//evil.example/phish'");

        await Page.GetByText("언어 변경").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

        Assert.Equal(Fixture.BaseAddress.GetLeftPart(UriPartial.Authority) + "/", Page.Url);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "今すぐ使えるサービス", Level = 2 })).ToBeVisibleAsync();
    }
}
