using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Oidc;
using Egov.Identity.Partners;
using Egov.Platform.Data;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;

namespace Egov.Identity.Tests.Partners;

/// <summary><c>/admin/partners</c>: registering, changing, rotating, disabling and deleting partner clients.</summary>
public sealed class PartnerAdministrationTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registered_Partner_CompletesACodeFlowWithPkce_AndIsAuditedAndPublished()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-register");
        var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form("city-library", ["authorization_code", "refresh_token"]));
        var partner = new RegisteredPartner("city-library", RegisteredPartner.SecretIn(html));
        Assert.NotNull(partner.Secret);
        Assert.True(partner.Secret!.Length >= 43);

        // The secret is shown once: the partner's page never shows it again.
        using (var edit = await admin.GetAsync("/admin/partners/city-library"))
        {
            Assert.DoesNotContain(partner.Secret, await edit.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var account = await TestAccounts.CreateAsync(host.Factory.Services, "citizen-library");
        var person = new PersonAtTheBrowser(host.Factory);
        var tokens = await partner.CodeFlowAsync(person, host.Factory.CreateClient(), "citizen-library");

        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(host.Factory.Services.GetRequiredService<PairwiseSubjects>().For("city-library", account.Id), idToken.Subject);
        Assert.True(tokens.TryGetProperty("access_token", out _));

        var adminId = await AccountIdAsync("admin-register");
        using var scope = host.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "identity.partner.register").ToListAsync(Ct);
        Assert.Contains(audit, e => e.Actor == $"account:{adminId}" && e.Subject == "client:city-library");
        var events = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(PartnerClientChanged).FullName).ToListAsync(Ct);
        Assert.Contains(events, m => m.Payload.Contains("city-library", StringComparison.Ordinal) && m.Payload.Contains(adminId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewPartner_IsInTheCspFormActions_AtOnce()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-csp");
        // The origins are cached: read them before the registration.
        using (await admin.GetAsync("/admin/partners"))
        {
        }

        var fields = RegisteredPartner.Form("csp-partner", ["authorization_code"], "https://csp-partner.example.net/cb");
        fields.Add(new("Form.PostLogoutRedirectUris", "https://signed-out.example.net/bye"));
        await RegisteredPartner.RegisterAsync(admin, fields);

        using var page = await admin.GetAsync("/admin/partners");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("https://csp-partner.example.net", csp, StringComparison.Ordinal);
        Assert.Contains("https://signed-out.example.net", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad-uri", "authorization_code", "http://partner.example.org/cb", "“http://partner.example.org/cb” is not allowed")]
    [InlineData("fragment-uri", "authorization_code", "https://partner.example.org/cb#x", "is not allowed")]
    [InlineData("demo-bank", "authorization_code", "https://partner.example.org/cb", "demo-bank is already registered")]
    [InlineData("no-grant", "", "https://partner.example.org/cb", "Choose at least one thing it may do")]
    [InlineData("refresh-only", "refresh_token", "https://partner.example.org/cb", "Staying connected needs sign-in too")]
    [InlineData("no-redirect", "authorization_code", "", "Enter at least one return address after sign-in")]
    [InlineData("A", "client_credentials", "", "Enter a client ID of 3 to 64 characters")]
    public async Task Register_WithAMistake_SaysSoReadably_AndWritesNothing(string clientId, string grant, string redirect, string message)
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, $"admin-mistake-{clientId.ToLowerInvariant()}");
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var before = await CountsAsync();

        var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form(clientId, grant.Length == 0 ? [] : [grant], redirect));

        Assert.Contains(Administrator.FieldErrors(html), e => e.Contains(message.Replace("“", "\"", StringComparison.Ordinal).Replace("”", "\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Null(RegisteredPartner.SecretIn(html));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task PublicClient_WithClientCredentials_IsRefused()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-public-cc");
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form("public-cc", ["client_credentials"], "", clientType: "public"));

        Assert.Contains(Administrator.FieldErrors(html), e => e.StartsWith("A public client cannot call APIs as itself", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicSubjects_AreTheSameAcrossPublicPartners_PairwiseOnesDiffer()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-subjects");
        var partners = new List<RegisteredPartner>();
        foreach (var (id, type) in new[] { ("public-one", "public"), ("public-two", "public"), ("pairwise-one", "pairwise"), ("pairwise-two", "pairwise") })
        {
            var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form(id, ["authorization_code"], subjectType: type));
            partners.Add(new RegisteredPartner(id, RegisteredPartner.SecretIn(html)));
        }

        var account = await TestAccounts.CreateAsync(host.Factory.Services, "citizen-subjects");
        var subjects = new List<string>();
        foreach (var partner in partners)
        {
            var tokens = await partner.CodeFlowAsync(new PersonAtTheBrowser(host.Factory), host.Factory.CreateClient(), "citizen-subjects");
            subjects.Add(new JsonWebToken(tokens.GetProperty("id_token").GetString()).Subject);
        }

        Assert.Equal(account.Id.ToString(), subjects[0]);
        Assert.Equal(subjects[0], subjects[1]);
        Assert.NotEqual(subjects[2], subjects[3]);
        Assert.DoesNotContain(subjects[0], subjects[2..]);
    }

    [Fact]
    public async Task RotatedSecret_ReplacesTheOld_AtTheTokenEndpoint()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-rotate");
        var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form("agency-rotate", ["client_credentials"], "", ["registries.exchange"]));
        var partner = new RegisteredPartner("agency-rotate", RegisteredPartner.SecretIn(html));
        var backEnd = host.Factory.CreateClient();
        Assert.Null(await partner.ClientCredentialsErrorAsync(backEnd));

        using var edit = await admin.GetAsync("/admin/partners/agency-rotate");
        using var rotated = await admin.SubmitAsync(edit, [], which: f => f.Action.Contains("handler=Rotate", StringComparison.Ordinal));
        var newSecret = RegisteredPartner.SecretIn(await rotated.Content.ReadAsStringAsync(Ct));

        Assert.NotNull(newSecret);
        Assert.NotEqual(partner.Secret, newSecret);
        Assert.Equal("invalid_client", await partner.ClientCredentialsErrorAsync(backEnd));
        Assert.Null(await partner.ClientCredentialsErrorAsync(backEnd, newSecret));
    }

    [Fact]
    public async Task Disabled_Partner_GetsNoTokens_UntilEnabled_AndDeletedIsGone()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-disable");
        var html = await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form("agency-disable", ["client_credentials"], "", ["registries.exchange"]));
        var partner = new RegisteredPartner("agency-disable", RegisteredPartner.SecretIn(html));
        var backEnd = host.Factory.CreateClient();

        await PostAsync(admin, "Enabled", []);
        Assert.Equal("unauthorized_client", await partner.ClientCredentialsErrorAsync(backEnd));

        await PostAsync(admin, "Enabled", []);
        Assert.Null(await partner.ClientCredentialsErrorAsync(backEnd));

        using (var deleted = await PostAsync(admin, "Delete", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal("invalid_client", await partner.ClientCredentialsErrorAsync(backEnd));
        using var gone = await admin.GetAsync("/admin/partners/agency-disable");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Edit_WithABadAddress_KeepsTheRegistration_AndSavesAGoodOne()
    {
        var admin = await Administrator.SignedInAtAal2Async(host.Factory, "admin-edit");
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await RegisteredPartner.RegisterAsync(admin, RegisteredPartner.Form("edit-me", ["authorization_code"]));
        var fields = RegisteredPartner.Form("ignored", ["authorization_code", "refresh_token"], "https://new.example.org/cb\nftp://new.example.org/cb");

        using (var page = await admin.GetAsync("/admin/partners/edit-me"))
        using (var refused = await admin.SubmitAsync(page, fields))
        {
            Assert.Contains(Administrator.FieldErrors(await refused.Content.ReadAsStringAsync(Ct)), e => e.Contains("ftp://new.example.org/cb", StringComparison.Ordinal));
        }

        Assert.Equal(["https://partner.example.org/callback"], await RedirectsAsync("edit-me"));

        fields.RemoveAll(f => f.Key == "Form.RedirectUris");
        fields.Add(new("Form.RedirectUris", "https://new.example.org/cb\r\nhttp://127.0.0.1:7000/cb"));
        using (var page = await admin.GetAsync("/admin/partners/edit-me"))
        using (var saved = await admin.SubmitAsync(page, fields))
        {
            Assert.Empty(Administrator.FieldErrors(await saved.Content.ReadAsStringAsync(Ct)));
        }

        Assert.Equal(["http://127.0.0.1:7000/cb", "https://new.example.org/cb"], (await RedirectsAsync("edit-me")).Order());
    }

    private static async Task<HttpResponseMessage> PostAsync(PersonAtTheBrowser admin, string handler, List<KeyValuePair<string, string>> fields)
    {
        using var edit = await admin.GetAsync("/admin/partners/agency-disable");
        return await admin.SubmitAsync(edit, fields, which: f => f.Action.Contains($"handler={handler}", StringComparison.Ordinal));
    }

    private async Task<string[]> RedirectsAsync(string clientId)
    {
        using var scope = host.Factory.Services.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId, Ct);
        return [.. await applications.GetRedirectUrisAsync(application!, Ct)];
    }

    private async Task<(long Applications, int Events, int Audit)> CountsAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CountAsync(Ct),
            await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.CountAsync(m => m.Type == typeof(PartnerClientChanged).FullName, Ct),
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync(e => e.Action.StartsWith("identity.partner."), Ct));
    }

    private async Task<Guid> AccountIdAsync(string userName)
    {
        using var scope = host.Factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Domain.Account>>();
        return (await accounts.FindByNameAsync(userName))!.Id;
    }
}
