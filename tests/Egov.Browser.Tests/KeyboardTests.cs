using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

public sealed class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Tab_ReachesTheSkipLinkFirst_ThenTheLanguageSwitch_WithVisibleFocus()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "본문 바로가기" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeVisibleAsync();
        Assert.True(await HasVisibleFocusAsync(), "The skip link shows no focus indicator.");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("summary", new() { HasText = "언어 변경" })).ToBeFocusedAsync();
        Assert.True(await HasVisibleFocusAsync(), "The language switch shows no focus indicator.");
    }

    [Fact]
    public async Task SkipLink_MovesFocusToTheMainContent()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task LanguageSwitch_WorksWithTheKeyboardAlone()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Available now", Level = 2 })).ToBeVisibleAsync();
    }

    /// <summary>An outline or a focus ring (KRDS draws some as box shadows) on the focused element.</summary>
    private Task<bool> HasVisibleFocusAsync() => Page.EvaluateAsync<bool>("""
        () => {
          const style = getComputedStyle(document.activeElement);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return outline || style.boxShadow !== 'none';
        }
        """);
}
