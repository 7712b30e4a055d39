using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Egov.Browser.Tests;

public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/design")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/account/sign-in/external/failed?reason=denied")]
    [InlineData("/no-such-page")]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations(string path)
    {
        await Page.GotoAsync(path);

        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }
}
