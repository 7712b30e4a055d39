using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

public sealed class DesignFormTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override string Locale => "en-US";

    [Fact]
    public async Task Submitting_AnEmptyRequiredField_ShowsTheSummaryAndTheInlineError_LinkedToTheField()
    {
        await Page.GotoAsync("/design");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        // The page also shows the error-state example's own summary; take the one about this form.
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "Enter your Full name." });
        var summary = Page.GetByRole(AriaRole.Alert).Filter(new() { Has = link });
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "Please check what you entered" })).ToBeVisibleAsync();
        await link.ClickAsync();
        var name = Page.GetByLabel("Full name");
        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(name).ToHaveAccessibleDescriptionAsync("As on your resident registration. Enter your Full name.");
    }

    [Fact]
    public async Task Submitting_AValidForm_ConfirmsIt()
    {
        await Page.GotoAsync("/design");

        await Page.GetByLabel("Full name").FillAsync("Hong Gildong");
        await Page.GetByLabel("Date of birth").FillAsync("1990-03-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(Page.GetByText("This is a sample form, so nothing you entered was stored.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Full name")).ToHaveValueAsync("Hong Gildong");
    }
}
