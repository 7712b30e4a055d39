using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A resident gives the demo bank consent to receive their data for opening an account, sees the bank's request in
/// the list, then revokes the consent: the bank's next request is refused and listed as such.
/// </summary>
public sealed class ConsentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Purpose = "bank.account-opening";

    [Fact]
    public async Task Resident_GivesAndRevokesTheBanksConsent_AndSeesTheRequests()
    {
        var resident = Egov.Registries.Domain.StableId.For("kr", "resident", "lee-seoyeon");
        await BindToResidentAsync(await CreateAccountAsync("browser-consents", "이서연"), resident);
        await SignInWithPasswordAsync("browser-consents");

        await Page.GotoAsync("/my/consents");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "정보 제공 동의 관리", Level = 1 })).ToBeVisibleAsync();
        var bank = Page.GetByRole(AriaRole.List, new() { Name = "동의를 요청하는 서비스" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Demo Bank" });
        await Expect(bank).ToContainTextAsync("동의하지 않음");
        await Expect(bank).ToContainTextAsync("생년월일");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Demo Bank의 은행 계좌 개설 본인 확인에 동의하기" }).ClickAsync();

        await Expect(Page.GetByText("동의했습니다.")).ToBeVisibleAsync();
        await Expect(bank).ToContainTextAsync("동의함");
        Assert.Equal(200, await BankAsksAsync());
        await Page.ReloadAsync();
        var requests = Page.GetByRole(AriaRole.List, new() { Name = "최근 정보 요청 내역" });
        await Expect(requests.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Demo Bank" })).ToContainTextAsync("제공됨");
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("consents-given-1280");
        await SaveScreenshotAsync("consents-given-390", 390);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Demo Bank의 은행 계좌 개설 본인 확인 동의 철회" }).ClickAsync();

        await Expect(Page.GetByText("동의를 철회했습니다.")).ToBeVisibleAsync();
        await Expect(bank).ToContainTextAsync("철회함");
        Assert.Equal(403, await BankAsksAsync());
        await Page.ReloadAsync();
        await Expect(requests.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "거부됨" })).ToHaveCountAsync(1);
        await AssertNoSeriousAxeViolationsAsync();
        await SaveScreenshotAsync("consents-revoked-1280");
        await SaveScreenshotAsync("consents-revoked-390", 390);
    }

    /// <summary>The demo bank's back end asks about the person; the HTTP status of the answer.</summary>
    private async Task<int> BankAsksAsync()
    {
        using var http = new HttpClient { BaseAddress = Fixture.BaseAddress };
        using var tokens = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-bank", ["client_secret"] = "demo-bank-development-secret", ["scope"] = "registries.exchange",
        }), TestContext.Current.CancellationToken);
        var token = (await tokens.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registries/residents/query")
        {
            Content = JsonContent.Create(new { residentNumber = "800923-2045655", name = "이서연", purpose = Purpose }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return (int)answer.StatusCode;
    }
}
