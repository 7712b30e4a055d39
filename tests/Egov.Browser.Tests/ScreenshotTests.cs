using Egov.Testing;
using Microsoft.Playwright;

namespace Egov.Browser.Tests;

/// <summary>Full-page screenshots at the narrowest supported phone width and a desktop width, for people to look at.</summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(RepoPaths.Artifacts, "screenshots");

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
        var overflowing = await page.EvaluateAsync<string[]>(OverflowingElements);
        Assert.True(overflowing.Length == 0, $"{path} at {width} px: past the right edge: {string.Join(", ", overflowing)}");
    }

    /// <summary>
    /// Visible elements reaching past the viewport's right edge. KRDS hides the body's sideways overflow, so
    /// the page never scrolls but such content is cut off; a deliberately scrolling box (tables) is fine.
    /// </summary>
    internal const string OverflowingElements = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => {
            const r = e.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1 || r.right <= document.documentElement.clientWidth + 1) return false;
            for (let p = e.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return false;
            }
            return true;
          })
          .map(e => `${e.tagName.toLowerCase()}.${e.className}`)
          .slice(0, 10)
        """;
}
