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
    [InlineData("/verify")]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations(string path)
    {
        await Page.GotoAsync(path);

        await AssertNoSeriousAxeViolationsAsync();
    }
}
