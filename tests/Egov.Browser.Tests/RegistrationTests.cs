using Egov.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>Creating an account by identity proofing, in the browser, with the code read from the recorded SMS.</summary>
public sealed class RegistrationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Resident_ProvesWhoTheyAreWithACodeSentToTheirPhone_AndCreatesAnAccount()
    {
        // 오준서: a resident no other browser test gives an account (ActingForTests signs in as 김민준, and
        // the tests share one host in an order that is not fixed).
        const string phone = "+821089012345";
        var before = Fixture.Host.Sms.CountTo(phone);

        await Page.GotoAsync("/account/sign-in");
        await SaveScreenshotAsync("register-0-sign-in-1280");
        await Page.GetByRole(AriaRole.Link, new() { Name = "주민등록번호로 회원가입하기" }).ClickAsync();
        await Page.GetByLabel("주민등록번호").FillAsync("830827-1156159");
        await Page.GetByLabel("이름", new() { Exact = true }).FillAsync("오준서");
        await SaveScreenshotAsync("register-1-details-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "인증번호 받기" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "휴대전화로 받은 인증번호 입력" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("010-****-2345")).ToBeVisibleAsync();
        var code = System.Text.RegularExpressions.Regex.Match((await Fixture.Host.Sms.NextToAsync(phone, before)).Text, @"(?<!\d)\d{6}(?!\d)").Value;
        await Page.GetByLabel("인증번호", new() { Exact = true }).FillAsync(code);
        await SaveScreenshotAsync("register-2-code-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "확인", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "아이디와 비밀번호 정하기" })).ToBeVisibleAsync();
        await Page.GetByLabel("아이디").FillAsync("browser-registered");
        await Page.GetByLabel("비밀번호").FillAsync(TestPassword);
        await SaveScreenshotAsync("register-3-account-1280");
        await Page.GetByRole(AriaRole.Button, new() { Name = "가입하기" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("오준서")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AProviderSignInThatWasRefused_EndsOnAPageThatSaysWhatToDoNext()
    {
        await Page.GotoAsync("/account/sign-in/external/failed?provider=pass&reason=denied");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "인증 서비스로 로그인하지 못했습니다" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("로그인을 허용하지 않았습니다")).ToBeVisibleAsync();
        await SaveScreenshotAsync("broker-failed-1280");
        await Page.GetByRole(AriaRole.Link, new() { Name = "로그인 화면으로" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "로그인", Exact = true })).ToBeVisibleAsync();
    }
}
