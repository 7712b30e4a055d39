using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Egov.Platform.Audit;
using Egov.Platform.Data;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Registries.Tests.Exchange;

/// <summary>
/// The real host over a fresh database with the demo accounts (citizens sign in to give consents) and the demo
/// clients: <c>demo-bank</c> (granted bank.account-opening, which needs consent) and <c>demo-agency</c> (granted
/// benefits.eligibility and tax.assessment, which the law allows).
/// </summary>
public sealed class ExchangeHost : IAsyncLifetime
{
    public const string Bank = "demo-bank";
    public const string Agency = "demo-agency";
    public const string DemoPassword = "enjoy-egov-demo";

    private TestDatabase? database;

    public EgovHostFactory Factory { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        Factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }

    /// <summary>A demo person of the kr pack: number, name, register id.</summary>
    public static (string Number, string Name, Guid Id) Person(string key, string number, string name) => (number, name, StableId.For("kr", "resident", key));

    public static (string Number, string Name, Guid Id) KimMinjun => Person("kim-minjun", "780412-1023453", "김민준");

    public static (string Number, string Name, Guid Id) LeeSeoyeon => Person("lee-seoyeon", "800923-2045655", "이서연");

    /// <summary>A client-credentials access token of a demo client.</summary>
    public async Task<string> TokenAsync(string clientId, string? scope = "registries.exchange")
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-development-secret",
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var response = await Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString()!;
    }

    public async Task<HttpResponseMessage> QueryAsync(string? token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registries/residents/query") { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Factory.CreateClient().SendAsync(request, Ct);
    }

    public Task<HttpResponseMessage> QueryAsync(string token, (string Number, string Name, Guid Id) person, string purpose) =>
        QueryAsync(token, new { residentNumber = person.Number, name = person.Name, purpose });

    /// <summary>
    /// Registers an agency system with client credentials and both registries scopes, and no grant: its secret is
    /// <c>&lt;clientId&gt;-development-secret</c>, as <see cref="TokenAsync"/> expects.
    /// </summary>
    public async Task RegisterAgencyAsync(string clientId, string name)
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId, ClientSecret = $"{clientId}-development-secret", ClientType = ClientTypes.Confidential, DisplayName = name,
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + "registries.exchange", Permissions.Prefixes.Scope + "registries.feed",
            },
        }, Ct);
    }

    /// <summary>A browser signed in as a demo citizen (their user name is their key in the pack).</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signedIn = await PostFormAsync(browser, "/account/sign-in", null, new() { ["Form.UserName"] = userName, ["Form.Password"] = DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>
    /// A browser signed in as a new official with <paramref name="role"/> who has just set up the authenticator app,
    /// which makes the session AAL2 (what administration pages need).
    /// </summary>
    public async Task<HttpClient> OfficialAtAal2Async(string userName, string role)
    {
        using (var scope = Factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            var account = new Account { UserName = userName, DisplayName = "한소라", Kind = AccountKind.Official, CreatedAt = DateTime.UtcNow };
            (await accounts.CreateAsync(account, DemoPassword)).AssertSucceeded();
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole<Guid>(role))).AssertSucceeded();
            }

            (await accounts.AddToRoleAsync(account, role)).AssertSucceeded();
        }

        var browser = await SignInAsync(userName);
        // The set-up page shows a new key on each visit: the code is made from the key of the page posted.
        using var done = await PostFormFromPageAsync(browser, "/account/authenticator", null, page =>
        {
            var key = Base32.Decode(page.QuerySelector("main p code")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
            return new() { ["Form.Code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) };
        });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        return browser;
    }

    /// <summary>
    /// Posts the page's form for <paramref name="handler"/> (the one without an action when null) with its hidden
    /// fields (antiforgery token included) and <paramref name="fields"/> over them.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string? handler, Dictionary<string, string> fields) =>
        PostFormFromPageAsync(browser, page, handler, _ => fields);

    /// <summary>The same, with fields taken from the page as it was served (a key it shows, say).</summary>
    public static async Task<HttpResponseMessage> PostFormFromPageAsync(
        HttpClient browser, string page, string? handler, Func<AngleSharp.Html.Dom.IHtmlDocument, Dictionary<string, string>> fieldsFrom)
    {
        using var get = await browser.GetAsync(page, Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await get.Content.ReadAsStringAsync(Ct));
        var fields = fieldsFrom(document);
        var action = handler is null ? null : $"{page}?handler={handler}";
        var form = document.QuerySelectorAll("main form").First(f => f.GetAttribute("action") == action);
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            fields.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? "");
        }

        return await browser.PostAsync(action ?? page, new FormUrlEncodedContent(fields), Ct);
    }

    public static Task<HttpResponseMessage> ConsentAsync(HttpClient citizen, string handler, string clientId, string purpose) =>
        PostFormAsync(citizen, "/my/consents", handler, new() { ["clientId"] = clientId, ["purpose"] = purpose });

    /// <summary>The audit entries about a person, oldest first.</summary>
    public async Task<List<AuditEntry>> AuditAsync(Guid resident)
    {
        using var scope = Factory.Services.CreateScope();
        var subject = $"resident:{resident}";
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync(Ct);
    }

    /// <summary>The exchange log's rows about a person, oldest first.</summary>
    internal async Task<List<ExchangeAccess>> AccessesAsync(Guid resident)
    {
        using var scope = Factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().ExchangeAccesses.AsNoTracking()
            .Where(a => a.ResidentId == resident).ToListAsync(Ct);
        return [.. rows.OrderBy(a => a.AuditSequence)];
    }
}
