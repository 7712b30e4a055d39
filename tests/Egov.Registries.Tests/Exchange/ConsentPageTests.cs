using System.Net;

namespace Egov.Registries.Tests.Exchange;

/// <summary><c>/my/consents</c>: signed-in residents only, a readable message for a choice that cannot be made.</summary>
public sealed class ConsentPageTests(ExchangeHost host) : IClassFixture<ExchangeHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var answer = await host.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/my/consents", Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/account/sign-in", answer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsTheBanksConsentPurpose_ButNotWhatTheLawAllows()
    {
        var citizen = await host.SignInAsync("kim-hayoon");

        var html = await citizen.GetStringAsync("/my/consents", Ct);

        Assert.Contains("Demo Bank", html, StringComparison.Ordinal);
        Assert.Contains("은행 계좌 개설 본인 확인", html, StringComparison.Ordinal);
        Assert.DoesNotContain("복지 급여 자격 확인", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentToAPurposeNotOffered_IsRefusedWithAMessage_AndNothingChanges()
    {
        var citizen = await host.SignInAsync("kim-hayoon");

        using var answer = await ExchangeHost.ConsentAsync(citizen, "Give", ExchangeHost.Agency, "benefits.eligibility");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync(Ct);
        Assert.Contains("egov-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("변경할 수 없습니다", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await host.AuditAsync(ExchangeHost.Person("kim-hayoon", "", "").Id), e => e.Action == "registries.consent.give");
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_Is400()
    {
        var citizen = await host.SignInAsync("kim-hayoon");

        using var answer = await citizen.PostAsync(
            "/my/consents?handler=Give", new FormUrlEncodedContent(new Dictionary<string, string> { ["clientId"] = "demo-bank", ["purpose"] = "bank.account-opening" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }
}
