using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Identity.Tests.ProofingJourney;

namespace Egov.Identity.Tests;

/// <summary>
/// Signing in through a private certificate service (another instance of the platform's provider, on a real
/// port): linked at first use by its proofing claims or by the person proving who they are, then straight in.
/// </summary>
public sealed class BrokeredSignInTests(BrokeredProvidersFixture fixture) : IClassFixture<BrokeredProvidersFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInPage_ListsThePacksProvidersAsButtons_WhoseRedirectTheCspAllows()
    {
        using var response = await new PersonAtTheBrowser(fixture.Platform).GetAsync("/account/sign-in");
        var page = await TextAsync(response);

        Assert.Contains("pass 인증서(으)로 로그인", page, StringComparison.Ordinal);
        Assert.Contains("kakao 인증서(으)로 로그인", page, StringComparison.Ordinal);
        // Browsers apply form-action to the redirect after the button's form post.
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(fixture.Service.Address.GetLeftPart(UriPartial.Authority), csp.Split("form-action")[1].Split(';')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstUse_OfAProofingProvider_CreatesTheResidentsAccount_AndLaterUsesSignStraightIn()
    {
        await fixture.Service.AddAccountAsync("pass-minjun", (KimMinjun.Identifier, KimMinjun.Name));
        var person = new PersonAtTheBrowser(fixture.Platform);

        var landed = await SignInThroughAsync(person, "pass", "pass-minjun");

        Assert.Equal("/", landed);
        Assert.Contains("김민준", await TextAsync(await person.GetAsync("/")), StringComparison.Ordinal);
        var account = await AccountOfResidentAsync(KimMinjun);
        Assert.NotNull(account);
        var events = await EventsAsync(account.Id);
        Assert.Contains(events, m => m.Type == typeof(IdentityProofed).FullName && m.Payload.Contains("fed:pass", StringComparison.Ordinal));
        Assert.Contains(events, m => m.Type == typeof(AuthenticationMethodAdded).FullName && m.Payload.Contains("fed:pass", StringComparison.Ordinal));
        Assert.Contains(events, m => m.Type == typeof(SignInSucceeded).FullName && m.Payload.Contains(AssuranceLevels.Aal2, StringComparison.Ordinal)
            && m.Payload.Contains("\"fed\"", StringComparison.Ordinal));

        var later = new PersonAtTheBrowser(fixture.Platform);
        Assert.Equal("/", await SignInThroughAsync(later, "pass", "pass-minjun"));
        Assert.Contains("김민준", await TextAsync(await later.GetAsync("/")), StringComparison.Ordinal);
        Assert.Single(await AccountsOfResidentAsync(KimMinjun));
    }

    [Fact]
    public async Task FirstUse_OfAProviderThatDoesNotProof_SendsThePersonToProveWhoTheyAre_ThenLinks()
    {
        await fixture.Service.AddAccountAsync("kakao-seoyeon", null);
        var person = new PersonAtTheBrowser(fixture.Platform);

        Assert.Equal("/account/sign-in/external/link", await SignInThroughAsync(person, "kakao", "kakao-seoyeon"));
        Assert.Contains("kakao 인증서", await TextAsync(await person.GetAsync("/account/sign-in/external/link")), StringComparison.Ordinal);
        var journey = new ProofingJourney(person, fixture.Platform);
        using (await journey.EnterCodeAsync(await journey.CodeForAsync(LeeSeoyeon)))
        {
        }

        using var created = await journey.ChooseAccountAsync("seoyeon-kakao");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var later = new PersonAtTheBrowser(fixture.Platform);
        Assert.Equal("/", await SignInThroughAsync(later, "kakao", "kakao-seoyeon"));
        Assert.Contains("이서연", await TextAsync(await later.GetAsync("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstUse_ThenSigningInToAnExistingAccount_LinksTheProviderToIt()
    {
        var existing = await TestAccounts.CreateAsync(fixture.Platform.Services, "jiho-existing");
        await fixture.Service.AddAccountAsync("kakao-jiho", null);
        var person = new PersonAtTheBrowser(fixture.Platform);

        Assert.Equal("/account/sign-in/external/link", await SignInThroughAsync(person, "kakao", "kakao-jiho"));
        using (await person.SignInAsync("jiho-existing"))
        {
        }

        using var scope = fixture.Platform.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().GetLoginsAsync(existing);
        Assert.Equal("broker-kakao", Assert.Single(logins).LoginProvider);
    }

    [Fact]
    public async Task ProofingClaimsThatMatchNoResident_LinkNothing_AndAskThePersonToProve()
    {
        await fixture.Service.AddAccountAsync("pass-stranger", (KimYoungsoo.Identifier, "김철수"));

        Assert.Equal("/account/sign-in/external/link", await SignInThroughAsync(new PersonAtTheBrowser(fixture.Platform), "pass", "pass-stranger"));
        Assert.Null(await AccountOfResidentAsync(KimYoungsoo));
    }

    [Fact]
    public async Task RefusingAtTheProvider_EndsOnAPageThatSaysWhatToDoNext()
    {
        await fixture.Service.AddAccountAsync("pass-refuses", (OhJunseo.Identifier, OhJunseo.Name));
        var person = new PersonAtTheBrowser(fixture.Platform);
        fixture.Platform.LoggedErrors.Clear();

        var landed = await SignInThroughAsync(person, "pass", "pass-refuses", decision: "deny");
        using var page = await person.GetAsync(landed);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("로그인을 허용하지 않았습니다", await TextAsync(page), StringComparison.Ordinal);
        Assert.Null(await AccountOfResidentAsync(OhJunseo));
        Assert.Empty(fixture.Platform.LoggedErrors);
    }

    [Fact]
    public async Task AnErrorFromTheProvider_EndsOnAPageThatSaysWhatToDoNext()
    {
        await fixture.Service.AddAccountAsync("naver-someone", null);
        var person = new PersonAtTheBrowser(fixture.Platform);

        // The service refuses the platform's code exchange (invalid_client) after the person signed in there.
        var landed = await SignInThroughAsync(person, "naver", "naver-someone");
        using var page = await person.GetAsync(landed);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("인증 서비스에서 문제가 생겼습니다", await TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProviderThatCannotBeReached_EndsOnAPageThatSaysWhatToDoNext()
    {
        var person = new PersonAtTheBrowser(fixture.Platform);

        using var challenge = await ChooseProviderAsync(person, "toss");
        using var page = await person.GetAsync(challenge.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("인증 서비스에 연결할 수 없습니다", await TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACallbackWithAForgedState_EndsOnAPageThatSaysWhatToDoNext()
    {
        var person = new PersonAtTheBrowser(fixture.Platform);

        using var back = await person.GetAsync("/signin-broker/pass?code=stolen&state=forged");
        using var page = await person.GetAsync(back.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("로그인 시간이 지났거나 중간에 끊겼습니다", await TextAsync(page), StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole round trip: the provider button, sign-in and consent at the service, back to the platform's
    /// callback; returns where the platform finally sends the person.
    /// </summary>
    private async Task<string> SignInThroughAsync(PersonAtTheBrowser person, string provider, string userName, string decision = "accept")
    {
        using var challenge = await ChooseProviderAsync(person, provider);
        var atService = fixture.Service.NewPerson();
        using var authorize = await atService.GetAsync(challenge.Headers.Location!.AbsoluteUri);
        using var signedIn = await atService.SignInAtAsync(authorize.Headers.Location!.OriginalString, userName);
        using var consentPage = await atService.GetAsync(signedIn.Headers.Location!.OriginalString);
        // Consent is asked once per person and client: later the service answers at once.
        using var consented = consentPage.StatusCode == HttpStatusCode.OK
            ? await atService.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", decision))
            : null;
        var answer = (consented ?? consentPage).Headers.Location!;
        Assert.StartsWith("http://localhost/signin-broker/" + provider, answer.AbsoluteUri, StringComparison.Ordinal);

        using var callback = await person.GetAsync(answer.AbsoluteUri);
        var next = callback.Headers.Location!.OriginalString;
        if (!next.StartsWith("/account/sign-in/external/callback", StringComparison.Ordinal))
        {
            return next;
        }

        using var completed = await person.GetAsync(next);
        return completed.Headers.Location!.OriginalString;
    }

    private static async Task<HttpResponseMessage> ChooseProviderAsync(PersonAtTheBrowser person, string provider)
    {
        using var signInPage = await person.GetAsync("/account/sign-in");
        var challenge = await person.SubmitAsync(signInPage, new Dictionary<string, string>(),
            which: f => f.QuerySelector($"input[name=provider][value={provider}]") is not null);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        return challenge;
    }

    private async Task<Account?> AccountOfResidentAsync((string Identifier, string Name, string Phone) resident) =>
        (await AccountsOfResidentAsync(resident)).SingleOrDefault();

    private async Task<List<Account>> AccountsOfResidentAsync((string Identifier, string Name, string Phone) resident)
    {
        using var scope = fixture.Platform.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>()
            .FindByIdentifierAndNameAsync(resident.Identifier, resident.Name, new DataPurpose("test", "test", "test"), Cancel);
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Users.AsNoTracking()
            .Where(a => a.ResidentId == found!.Id.Value).ToListAsync(Cancel);
    }

    private async Task<List<Egov.Platform.Events.OutboxMessage>> EventsAsync(Guid accountId)
    {
        using var scope = fixture.Platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Payload.Contains(accountId.ToString())).ToListAsync(Cancel);
    }
}
