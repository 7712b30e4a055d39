using Microsoft.Playwright;

namespace Egov.Browser.Tests;

/// <summary>Full-page screenshots at the narrowest supported phone width and a desktop width, for people to look at.</summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    [Theory]
    [InlineData("/", "home", 360)]
    [InlineData("/", "home", 1280)]
    [InlineData("/design", "design", 360)]
    [InlineData("/design", "design", 1280)]
    public async Task Page_IsCapturedAtWidth(string path, string name, int width)
    {
        var page = await (await NewContextAsync("ko-KR", width)).NewPageAsync();
        await page.GotoAsync(path);

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 0);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"{path} scrolls sideways at {width} px.");
    }
}
