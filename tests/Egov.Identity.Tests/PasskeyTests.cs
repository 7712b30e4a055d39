using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Data;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Egov.Identity.Tests;

/// <summary>
/// Passkeys end to end over HTTP with a software authenticator: register on <c>/account/passkeys</c>, sign in
/// on <c>/account/sign-in</c> (AAL2), and every forged, stale or foreign answer refused with nothing written.
/// </summary>
public sealed class PasskeyTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private const string SignInRefused = "이 패스키로 로그인하지 못했습니다";
    private const string RegisterRefused = "패스키를 등록하지 못했습니다";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_ListsThePasskey_PublishesTheNewMethod_AndAuditsIt()
    {
        var (account, person) = await SignedInAsync("passkey-register");
        using var authenticator = new SoftwareAuthenticator(PasskeyJourney.Origin);

        using var added = await PasskeyJourney.RegisterAsync(person, authenticator, "내 노트북");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await PasskeyJourney.TextAsync(await person.GetAsync("/account/passkeys"));
        Assert.Contains("내 노트북", page, StringComparison.Ordinal);
        Assert.Contains("이 기기에만 저장", page, StringComparison.Ordinal);
        var stored = Assert.Single(await PasskeysOfAsync(account.Id));
        Assert.Equal(authenticator.CredentialId, stored.CredentialId);
        Assert.True(stored.IsUserVerified);
        await AssertPublishedAsync<AuthenticationMethodAdded>(account.Id, "\"hwk\"");
        await AssertAuditedAsync(account.Id, "identity.passkey.add");
    }

    [Fact]
    public async Task SyncablePasskey_IsListedAsSuch_AndItsMethodIsASoftwareKey()
    {
        var (account, person) = await SignedInAsync("passkey-synced");
        using var authenticator = new SoftwareAuthenticator(PasskeyJourney.Origin, backupEligible: true);
        using (var added = await PasskeyJourney.RegisterAsync(person, authenticator, "클라우드 키체인"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        Assert.Contains("다른 기기와 동기화 가능", await PasskeyJourney.TextAsync(await person.GetAsync("/account/passkeys")), StringComparison.Ordinal);
        await AssertPublishedAsync<AuthenticationMethodAdded>(account.Id, "\"swk\"");
        using (var signedIn = await PasskeyJourney.SignInAsync(new PersonAtTheBrowser(host.Factory), authenticator))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        await AssertPublishedAsync<SignInSucceeded>(account.Id, "\"swk\"");
    }

    [Fact]
    public async Task PasskeySignIn_InsideAPartnersAal2Request_KeepsTheReturnUrl_AndSatisfiesAal2WithoutStepUp()
    {
        var (account, _, authenticator) = await WithPasskeyAsync("passkey-oidc");
        var person = new PersonAtTheBrowser(host.Factory);
        var (verifier, challenge) = DemoPartner.Pkce();
        var authorizeUrl = DemoPartner.AuthorizeUrl(challenge) + "&acr_values=" + Uri.EscapeDataString(AssuranceLevels.Aal2);

        using var authorize = await person.GetAsync(authorizeUrl);
        using var signedIn = await PasskeyJourney.SignInAsync(person, authenticator, authorize.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.StartsWith("/connect/authorize", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var consentPage = await person.GetAsync(signedIn.Headers.Location!.OriginalString);
        using var consented = await person.SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", "accept"));
        var code = QueryHelpers.ParseQuery(consented.Headers.Location!.Query)["code"]!;
        var tokens = await DemoPartner.RedeemAsync(host.Factory.CreateClient(), code!, verifier);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());

        Assert.Equal(AssuranceLevels.Aal2, idToken.GetClaim("acr").Value);
        Assert.Contains(idToken.Claims, c => c.Type == "amr" && c.Value == "hwk");
        Assert.Contains(idToken.Claims, c => c.Type == "amr" && c.Value == "mfa");
        await AssertPublishedAsync<SignInSucceeded>(account.Id, AssuranceLevels.Aal2);
    }

    [Fact]
    public async Task SignIn_FromAnotherOrigin_IsRefusedWithAClearMessage()
    {
        var (_, _, authenticator) = await WithPasskeyAsync("passkey-origin");
        authenticator.Origin = "http://localhost.evil.example";

        await AssertSignInRefusedAsync(authenticator);
    }

    [Fact]
    public async Task SignIn_SigningAnotherChallenge_IsRefused()
    {
        var (_, _, authenticator) = await WithPasskeyAsync("passkey-challenge");

        await AssertSignInRefusedAsync(authenticator, options =>
            authenticator.SignFor("localhost", Base64UrlTextEncoder.Encode(new byte[32])));
    }

    [Fact]
    public async Task SignIn_ReplayingAnAnswerThatWorked_IsRefused()
    {
        var (account, _, authenticator) = await WithPasskeyAsync("passkey-replay");
        var person = new PersonAtTheBrowser(host.Factory);
        string? used = null;
        using (var first = await PasskeyJourney.SignInAsync(person, authenticator, answer: options => used = authenticator.SignIn(options)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var thief = new PersonAtTheBrowser(host.Factory);
        // With the options it answered (already spent), and with fresh options it does not answer.
        using var replayed = await PasskeyJourney.PostSignInAsync(thief, used!);
        Assert.Contains(SignInRefused, await PasskeyJourney.TextAsync(replayed), StringComparison.Ordinal);
        using var again = await PasskeyJourney.SignInAsync(thief, authenticator, answer: _ => used!);
        Assert.Contains(SignInRefused, await PasskeyJourney.TextAsync(again), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(thief));
        await AssertPublishedAsync<SignInSucceeded>(account.Id, "hwk");
    }

    [Fact]
    public async Task SignIn_SignedByAnotherKey_IsRefused()
    {
        var (_, _, authenticator) = await WithPasskeyAsync("passkey-other-key");
        authenticator.Key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

        await AssertSignInRefusedAsync(authenticator);
    }

    [Fact]
    public async Task SignIn_WithARemovedPasskey_IsRefused()
    {
        var (account, person, authenticator) = await WithPasskeyAsync("passkey-removed");
        using (var removed = await RemoveAsync(person, authenticator.CredentialId))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Empty(await PasskeysOfAsync(account.Id));
        await AssertSignInRefusedAsync(authenticator);
    }

    [Fact]
    public async Task SignIn_ClaimingAnotherAccountForOnesCredential_IsRefused()
    {
        var (_, _, mine) = await WithPasskeyAsync("passkey-mine");
        var (_, _, theirs) = await WithPasskeyAsync("passkey-theirs");
        // My key and credential id, presented as belonging to the other account (its user handle).
        mine.UserHandle = theirs.UserHandle;

        await AssertSignInRefusedAsync(mine);
    }

    [Fact]
    public async Task SignIn_WithACounterThatWentBack_IsRefused_AsAClonedKey()
    {
        var (account, _, authenticator) = await WithPasskeyAsync("passkey-counter");
        authenticator.SignCount = 5;
        using (var first = await PasskeyJourney.SignInAsync(new PersonAtTheBrowser(host.Factory), authenticator))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        Assert.Equal(5u, Assert.Single(await PasskeysOfAsync(account.Id)).SignCount);
        authenticator.SignCount = 3;
        await AssertSignInRefusedAsync(authenticator);
        Assert.Equal(5u, Assert.Single(await PasskeysOfAsync(account.Id)).SignCount);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"id\":1}")]
    [InlineData("[]")]
    public async Task SignIn_WithMalformedAnswer_IsRefused(string answer)
    {
        await WithPasskeyAsync("passkey-malformed-" + answer.Length);
        var person = new PersonAtTheBrowser(host.Factory);

        using var refused = await PasskeyJourney.SignInAsync(person, null!, answer: _ => answer);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(SignInRefused, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task SignIn_WithoutAskingForOptions_IsRefused()
    {
        var (_, _, authenticator) = await WithPasskeyAsync("passkey-no-options");
        var person = new PersonAtTheBrowser(host.Factory);

        using var refused = await PasskeyJourney.PostSignInAsync(person, authenticator.SignFor("localhost", Base64UrlTextEncoder.Encode(new byte[32])));

        Assert.Contains(SignInRefused, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(person));
    }

    [Fact]
    public async Task SignIn_OfALockedAccount_IsRefusedAsLocked()
    {
        var (account, _, authenticator) = await WithPasskeyAsync("passkey-locked");
        using (var scope = host.Factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await accounts.SetLockoutEndDateAsync((await accounts.FindByIdAsync(account.Id.ToString()))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var person = new PersonAtTheBrowser(host.Factory);
        using var refused = await PasskeyJourney.SignInAsync(person, authenticator);

        Assert.Contains("15분", await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(person));
        await AssertPublishedAsync<SignInFailed>(account.Id, "\"LockedOut\":true");
    }

    [Theory]
    [InlineData("origin")]
    [InlineData("tampered")]
    [InlineData("garbage")]
    public async Task Register_WithAForeignOrTamperedAnswer_SavesNothing(string how)
    {
        var (account, person) = await SignedInAsync("passkey-bad-register-" + how);
        using var authenticator = new SoftwareAuthenticator(how == "origin" ? "http://evil.example" : PasskeyJourney.Origin);

        using var refused = await PasskeyJourney.RegisterAsync(person, authenticator, "가짜", how switch
        {
            // One character of the attestation changed: the CBOR or the key inside it no longer holds together.
            "tampered" => credential => credential.Replace("\"attestationObject\":\"o2", "\"attestationObject\":\"o3", StringComparison.Ordinal),
            "garbage" => _ => "not json",
            _ => null,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(RegisterRefused, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(account.Id));
        await AssertNotPublishedAsync<AuthenticationMethodAdded>(account.Id);
    }

    [Theory]
    [InlineData("", "{answer}", "패스키 이름을(를) 입력해 주세요.")]
    [InlineData("이름이 아주 긴 패스키 — 오십 자를 넘는 이름은 받지 않습니다. 목록에서 읽기 어렵기 때문입니다!", "{answer}", "50자 이내로")]
    [InlineData("노트북", "", "브라우저가 패스키를 만들지 않았습니다")]
    public async Task Register_WithoutAUsableNameOrAnswer_SaysWhatIsMissing_AndSavesNothing(string name, string answer, string message)
    {
        var (account, person) = await SignedInAsync("passkey-form-" + name.Length + answer.Length);
        using var authenticator = new SoftwareAuthenticator(PasskeyJourney.Origin);

        using var refused = await PasskeyJourney.RegisterAsync(person, authenticator, name, credential => answer.Replace("{answer}", credential, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(account.Id));
    }

    [Fact]
    public async Task Register_ACredentialAnotherAccountHas_IsRefused()
    {
        var (_, _, theirs) = await WithPasskeyAsync("passkey-first-owner");
        var (account, person) = await SignedInAsync("passkey-second-owner");
        using var copy = new SoftwareAuthenticator(PasskeyJourney.Origin, theirs.CredentialId);

        using var refused = await PasskeyJourney.RegisterAsync(person, copy, "복제");

        Assert.Contains(RegisterRefused, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(account.Id));
    }

    [Fact]
    public async Task Remove_PublishesMethodRemoved_ButTheLastWayToSignInStays()
    {
        var (account, person, authenticator) = await WithPasskeyAsync("passkey-remove");
        using var confirmation = await person.GetAsync("/account/passkeys?remove=" + Base64UrlTextEncoder.Encode(authenticator.CredentialId));
        Assert.Contains("삭제할까요?", await PasskeyJourney.TextAsync(confirmation), StringComparison.Ordinal);
        using (var removed = await person.SubmitAsync(confirmation, new Dictionary<string, string>(),
            which: f => f.GetAttribute("action")!.Contains("Remove", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Empty(await PasskeysOfAsync(account.Id));
        await AssertPublishedAsync<AuthenticationMethodRemoved>(account.Id, "\"hwk\"");
        await AssertAuditedAsync(account.Id, "identity.passkey.remove");

        // An account with no password: its only passkey cannot go.
        var (onlyPasskey, owner, only) = await WithPasskeyAsync("passkey-only-method");
        using (var scope = host.Factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            (await accounts.RemovePasswordAsync((await accounts.FindByIdAsync(onlyPasskey.Id.ToString()))!)).AssertSucceeded();
        }

        using var confirm = await owner.GetAsync("/account/passkeys?remove=" + Base64UrlTextEncoder.Encode(only.CredentialId));
        Assert.Contains("유일한 로그인 수단", await PasskeyJourney.TextAsync(confirm), StringComparison.Ordinal);
        using var refused = await RemoveAsync(owner, only.CredentialId);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("유일한 로그인 수단", await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.Single(await PasskeysOfAsync(onlyPasskey.Id));
    }

    [Fact]
    public async Task Rename_ChangesTheName_AndAnotherAccountsPasskeyIsNotFound()
    {
        var (account, person, authenticator) = await WithPasskeyAsync("passkey-rename");
        var (_, _, theirs) = await WithPasskeyAsync("passkey-rename-other");

        using var form = await person.GetAsync("/account/passkeys?rename=" + Base64UrlTextEncoder.Encode(authenticator.CredentialId));
        var field = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await PasskeyJourney.TextAsync(form)).QuerySelector("input[name='Form.Name']");
        Assert.Equal("passkey-rename", field!.GetAttribute("value"));
        using var renamed = await person.SubmitAsync(form, new Dictionary<string, string> { ["Form.Name"] = "회사 보안 키" },
            which: f => f.GetAttribute("action")!.Contains("Rename", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("회사 보안 키", Assert.Single(await PasskeysOfAsync(account.Id)).Name);

        using var foreign = await person.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Id"] = Base64UrlTextEncoder.Encode(theirs.CredentialId),
            ["Form.Name"] = "빼앗기",
        }, which: f => f.GetAttribute("action")!.Contains("Rename", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var foreignRemoval = await RemoveAsync(person, theirs.CredentialId);
        Assert.Equal(HttpStatusCode.NotFound, foreignRemoval.StatusCode);
    }

    private async Task<(Account Account, PersonAtTheBrowser Person)> SignedInAsync(string userName)
    {
        var account = await TestAccounts.CreateAsync(host.Factory.Services, userName);
        var person = new PersonAtTheBrowser(host.Factory);
        using (var signedIn = await person.SignInAsync(userName))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        return (account, person);
    }

    /// <summary>An account with a registered passkey; the person is still signed in (with their password).</summary>
    private async Task<(Account Account, PersonAtTheBrowser Person, SoftwareAuthenticator Authenticator)> WithPasskeyAsync(string userName)
    {
        var (account, person) = await SignedInAsync(userName);
        var authenticator = new SoftwareAuthenticator(PasskeyJourney.Origin);
        using (var added = await PasskeyJourney.RegisterAsync(person, authenticator, userName))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        return (account, person, authenticator);
    }

    private async Task AssertSignInRefusedAsync(SoftwareAuthenticator authenticator, Func<string, string>? answer = null)
    {
        var person = new PersonAtTheBrowser(host.Factory);
        using var refused = await PasskeyJourney.SignInAsync(person, authenticator, answer: answer);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(SignInRefused, await PasskeyJourney.TextAsync(refused), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(person));
    }

    /// <summary>Posts a removal straight to the handler (with the page's antiforgery token), as the confirmation form does.</summary>
    private static async Task<HttpResponseMessage> RemoveAsync(PersonAtTheBrowser person, byte[] credentialId)
    {
        using var page = await person.GetAsync("/account/passkeys");
        var document = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await PasskeyJourney.TextAsync(page), Ct);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await person.Client.PostAsync("/account/passkeys?handler=Remove", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Form.Id", Base64UrlTextEncoder.Encode(credentialId)),
        ]), Ct);
    }

    private static async Task<bool> IsSignedInAsync(PersonAtTheBrowser person) =>
        (await PasskeyJourney.TextAsync(await person.GetAsync("/"))).Contains("/account/sign-out", StringComparison.Ordinal);

    private async Task<IList<UserPasskeyInfo>> PasskeysOfAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return await accounts.GetPasskeysAsync((await accounts.FindByIdAsync(accountId.ToString()))!);
    }

    private async Task AssertPublishedAsync<TEvent>(Guid accountId, string text)
    {
        using var scope = host.Factory.Services.CreateScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(TEvent).FullName).ToListAsync(Ct);
        Assert.Contains(messages, m => m.Payload.Contains(accountId.ToString(), StringComparison.Ordinal) && m.Payload.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    private async Task AssertNotPublishedAsync<TEvent>(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(TEvent).FullName).ToListAsync(Ct);
        Assert.DoesNotContain(messages, m => m.Payload.Contains(accountId.ToString(), StringComparison.Ordinal));
    }

    private async Task AssertAuditedAsync(Guid accountId, string action)
    {
        using var scope = host.Factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .AnyAsync(e => e.Action == action && e.Actor == $"account:{accountId}", Ct));
    }
}
