using Egov.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>The developers' journey: open the API reference, find an endpoint, read it — under the strict CSP.</summary>
public sealed class ApiReferenceTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ApiReference_ListsThePlatformsEndpoints_WithoutBreakingTheCsp()
    {
        var blockedScripts = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && message.Text.Contains("script", StringComparison.OrdinalIgnoreCase))
            {
                blockedScripts.Add(message.Text);
            }
        };

        await Page.GotoAsync("/docs/api");

        // Scalar opens only the first tag group (alphabetical): open ours before looking for its endpoint.
        var referenceData = Page.GetByText("Reference data", new() { Exact = true }).First;
        await Expect(referenceData).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await referenceData.ClickAsync();
        await Expect(Page.GetByText("/api/v1/regions", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Directory.CreateDirectory(Path.Combine(RepoPaths.Artifacts, "screenshots"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, "screenshots", "api-reference-1280.png") });
        Assert.Empty(blockedScripts);
    }
}
