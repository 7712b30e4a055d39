using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>An identity administrator steps up to AAL2, registers a partner and is shown its secret once.</summary>
public sealed class PartnerAdministrationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Administrator_StepsUp_RegistersAPartner_AndSeesTheSecretOnce()
    {
        await CreateAccountAsync("browser-admin", "한소라", AccountKind.Official, "identity-admin");
        await SignInWithPasswordAsync("browser-admin");

        // Password only: the administration asks for the second factor first, then comes back.
        await Page.GotoAsync("/admin/partners");
        await StepUpWithAnAuthenticatorAppAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "제휴 클라이언트", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "등록된 제휴 클라이언트" }).GetByText("demo-bank")).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("partners-1280");
        await SaveScreenshotAsync("partners-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "제휴 서비스 등록" }).ClickAsync();
        await Page.GetByLabel("클라이언트 ID").FillAsync("city-bus");
        await Page.GetByLabel("이용자에게 보이는 이름").FillAsync("시내버스 앱");
        await Page.GetByLabel("English 이름(선택)").FillAsync("City Bus");
        // KRDS draws the box over the input: a person clicks the label.
        await Page.GetByText("이용자 로그인(PKCE를 쓰는 인가 코드)", new() { Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "이용자 로그인(PKCE를 쓰는 인가 코드)" })).ToBeCheckedAsync();
        await Page.GetByLabel("로그인 후 돌아갈 주소").FillAsync("http://bus.example.org/callback");
        await Page.GetByText("이름", new() { Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "이름", Exact = true })).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "등록", Exact = true }).ClickAsync();

        // Plain http off this machine is refused, with the address named; nothing was saved.
        await Expect(Page.GetByText("입력 내용을 확인해 주세요")).ToBeVisibleAsync();
        await Expect(Page.Locator("#Form_RedirectUris-error")).ToContainTextAsync("\"http://bus.example.org/callback\"은(는) 쓸 수 없습니다");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("partner-form-errors-1280");
        await SaveScreenshotAsync("partner-form-errors-390", width: 390);

        await Page.GetByLabel("로그인 후 돌아갈 주소").FillAsync("https://bus.example.org/callback");
        await Page.GetByRole(AriaRole.Button, new() { Name = "등록", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("city-bus을(를) 등록했습니다")).ToBeVisibleAsync();
        var secret = await Page.Locator(".egov-secret code").InnerTextAsync();
        Assert.Equal(43, secret.Length);
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("partner-secret-1280");
        await SaveScreenshotAsync("partner-secret-390", width: 390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "이 제휴 서비스 보기" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "제휴 서비스 city-bus" })).ToBeVisibleAsync();
        Assert.DoesNotContain(secret, await Page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("partner-edit-1280");
        await SaveScreenshotAsync("partner-edit-390", width: 390);
    }
}
