using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Egov.Registries.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Egov.Registries.Tests.Exchange;

/// <summary>
/// <c>POST /api/v1/registries/residents/query</c> through the real host and the platform's own tokens: every request
/// names a purpose, only granted purposes pass, consent purposes need a consent in force, and every answer about a
/// person is logged for that person (<c>registries.exchange.read</c> / <c>registries.exchange.denied</c>).
/// </summary>
public sealed class ExchangeApiTests(ExchangeHost host) : IClassFixture<ExchangeHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoPurpose_Is400NamingTheField()
    {
        var token = await host.TokenAsync(ExchangeHost.Agency);

        using var answer = await host.QueryAsync(token, new { residentNumber = ExchangeHost.KimMinjun.Number, name = ExchangeHost.KimMinjun.Name });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("purpose", out _));
    }

    [Fact]
    public async Task NoToken_Is401ProblemDetails()
    {
        using var answer = await host.QueryAsync(null, new { residentNumber = ExchangeHost.KimMinjun.Number, name = ExchangeHost.KimMinjun.Name, purpose = "benefits.eligibility" });

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TokenWithoutTheExchangeScope_Is403InsufficientScope_AndLogsNothing()
    {
        var before = (await host.AuditAsync(ExchangeHost.KimMinjun.Id)).Count;
        var token = await host.TokenAsync(ExchangeHost.Agency, scope: null);

        using var answer = await host.QueryAsync(token, ExchangeHost.KimMinjun, "benefits.eligibility");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("error=\"insufficient_scope\"", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, (await host.AuditAsync(ExchangeHost.KimMinjun.Id)).Count);
    }

    [Fact]
    public async Task TokenFromAPersonsSignIn_Is403_ForItSpeaksForThePersonNotForAnAgency()
    {
        var citizen = await host.SignInAsync("jung-woojin");
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        const string Redirect = "http://127.0.0.1:5100/signin-oidc";
        var authorize = $"/connect/authorize?client_id={ExchangeHost.Bank}&response_type=code&scope={Uri.EscapeDataString("openid registries.exchange")}"
            + $"&redirect_uri={Uri.EscapeDataString(Redirect)}&code_challenge={challenge}&code_challenge_method=S256&state=s";
        using var consented = await ExchangeHost.PostFormAsync(citizen, authorize, null, new() { ["decision"] = "accept" });
        var code = QueryHelpers.ParseQuery(consented.Headers.Location!.Query)["code"].ToString();
        using var tokens = await host.Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect, ["code_verifier"] = verifier,
            ["client_id"] = ExchangeHost.Bank, ["client_secret"] = "demo-bank-development-secret",
        }), Ct);
        var token = (await tokens.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString()!;

        using var answer = await host.QueryAsync(token, ExchangeHost.KimMinjun, "bank.account-opening");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("error=\"insufficient_scope\"", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExchangeHost.Bank, "Demo Bank", "benefits.eligibility", "Purpose not granted", "denied.not-granted")]
    [InlineData(ExchangeHost.Agency, "Demo Agency", "marketing.campaign", "Unknown purpose", "denied.purpose")]
    [InlineData(ExchangeHost.Bank, "Demo Bank", "bank.account-opening", "No consent", "denied.no-consent")]
    public async Task RefusedPurpose_Is403_AndADeniedEntryForThePerson(string client, string clientName, string purpose, string title, string outcome)
    {
        var token = await host.TokenAsync(client);

        using var answer = await host.QueryAsync(token, ExchangeHost.LeeSeoyeon, purpose);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((title, purpose), (problem.GetProperty("title").GetString(), problem.GetProperty("purpose").GetString()));
        var entry = Assert.Single(await host.AuditAsync(ExchangeHost.LeeSeoyeon.Id), e => e.Purpose == purpose);
        Assert.Equal(("registries.exchange.denied", $"client:{client}"), (entry.Action, entry.Actor));
        Assert.Equal(KrPack.Pack.Exchange.Purpose(purpose)?.LegalBasis, entry.LegalBasis);
        var access = Assert.Single(await host.AccessesAsync(ExchangeHost.LeeSeoyeon.Id), a => a.AuditSequence == entry.Sequence);
        Assert.Equal((clientName, outcome, ""), (access.ClientName, access.Outcome, access.Fields));
    }

    [Fact]
    public async Task PurposeTheLawAllows_ReturnsExactlyItsFields_AndTheAccessNamesClientPurposeLegalBasisAndFields()
    {
        var token = await host.TokenAsync(ExchangeHost.Agency);

        using var answer = await host.QueryAsync(token, ExchangeHost.KimMinjun, "benefits.eligibility");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["data", "legalBasis", "purpose"], Names(body));
        var data = body.GetProperty("data");
        Assert.Equal(["household", "resident.address", "resident.basic"], Names(data));
        Assert.Equal(["birthDate", "name"], Names(data.GetProperty("resident.basic")));
        Assert.Equal(["size"], Names(data.GetProperty("household")));
        Assert.Equal(["region"], Names(data.GetProperty("resident.address")));
        Assert.Equal("김민준", data.GetProperty("resident.basic").GetProperty("name").GetString());
        Assert.Equal("1978-04-12", data.GetProperty("resident.basic").GetProperty("birthDate").GetString());
        Assert.DoesNotContain(ExchangeHost.KimMinjun.Number, await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var entry = Assert.Single(await host.AuditAsync(ExchangeHost.KimMinjun.Id), e => e.Action == "registries.exchange.read" && e.Purpose == "benefits.eligibility");
        Assert.Equal("client:demo-agency", entry.Actor);
        Assert.Equal(body.GetProperty("legalBasis").GetString(), entry.LegalBasis);
        Assert.Contains("전자정부법 제36조", entry.LegalBasis, StringComparison.Ordinal);
        var access = Assert.Single(await host.AccessesAsync(ExchangeHost.KimMinjun.Id), a => a.AuditSequence == entry.Sequence);
        Assert.Equal("Demo Agency", access.ClientName);
        Assert.Equal("resident.basic.name resident.basic.birthDate household.size resident.address.region", access.Fields);
    }

    [Fact]
    public async Task CallersReference_IsLoggedWithThePurposesLegalBasis()
    {
        var token = await host.TokenAsync(ExchangeHost.Agency);
        var person = ExchangeHost.Person("jung-woojin", "750109-1035555", "정우진");

        using var answer = await host.QueryAsync(token, new { residentNumber = person.Number, name = person.Name, purpose = "tax.assessment", legalBasis = "case 2026-0042" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var entry = Assert.Single(await host.AuditAsync(person.Id), e => e.Action == "registries.exchange.read");
        Assert.StartsWith("지방세기본법 제130조", entry.LegalBasis, StringComparison.Ordinal);
        Assert.EndsWith("case 2026-0042", entry.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentGiven_ReturnsOnlyThePurposesFields_AndOnceRevokedTheNextReadIsRefused()
    {
        var person = ExchangeHost.Person("nguyen-thilan", "920517-6501152", "응우옌티란");
        var citizen = await host.SignInAsync("nguyen-thilan");
        var token = await host.TokenAsync(ExchangeHost.Bank);
        using (var given = await ExchangeHost.ConsentAsync(citizen, "Give", ExchangeHost.Bank, "bank.account-opening"))
        {
            Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        }

        using (var allowed = await host.QueryAsync(token, person, "bank.account-opening"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            var data = (await allowed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("data");
            Assert.Equal(["resident.address", "resident.basic"], Names(data));
            Assert.Equal(["birthDate", "name"], Names(data.GetProperty("resident.basic")));
            Assert.Equal(["building", "detail", "postalCode", "region", "road"], Names(data.GetProperty("resident.address")));
        }

        using (var revoked = await ExchangeHost.ConsentAsync(citizen, "Revoke", ExchangeHost.Bank, "bank.account-opening"))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        using (var refused = await host.QueryAsync(token, person, "bank.account-opening"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var log = (await host.AuditAsync(person.Id)).Where(e => e.Purpose == "bank.account-opening").Select(e => e.Action).ToList();
        Assert.Equal(["registries.consent.give", "registries.exchange.read", "registries.consent.revoke", "registries.exchange.denied"], log);
        var read = (await host.AccessesAsync(person.Id)).Single(a => a.Outcome == "read");
        Assert.Equal("resident.basic.name resident.basic.birthDate resident.address.region resident.address.postalCode resident.address.road resident.address.building resident.address.detail", read.Fields);
    }

    [Fact]
    public async Task UnknownPerson_ForAConsentPurpose_AnswersAsNoConsent_SoTheAnswerRevealsNothing()
    {
        var token = await host.TokenAsync(ExchangeHost.Bank);

        using var answer = await host.QueryAsync(token, new { residentNumber = ExchangeHost.KimMinjun.Number, name = "김철수", purpose = "bank.account-opening" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal("No consent", (await answer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownPerson_ForALawPurpose_Is404()
    {
        var token = await host.TokenAsync(ExchangeHost.Agency);
        // Start-up logs the migrator's first look at an empty PostgreSQL database as an error; only this request counts.
        var errorsBefore = host.Factory.LoggedErrors.Count;

        using var answer = await host.QueryAsync(token, new { residentNumber = "900101-1234568", name = "홍길동", purpose = "benefits.eligibility" });

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(errorsBefore, host.Factory.LoggedErrors.Count);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
