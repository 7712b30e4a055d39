using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Support;

/// <summary>
/// A person at a browser on the real host: an account of the kind asked for (bound to a resident or not), signed
/// in on the sign-in page with its antiforgery token, cookies kept, redirects left for the test to see.
/// </summary>
internal sealed class CitizenAtTheBrowser
{
    private const string Password = "correct horse battery staple";

    private CitizenAtTheBrowser(HttpClient client, Guid accountId)
    {
        Client = client;
        AccountId = accountId;
    }

    public HttpClient Client { get; }

    public Guid AccountId { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A browser nobody signed in on.</summary>
    public static HttpClient Anonymous(EgovHostFactory host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<CitizenAtTheBrowser> SignedInAsync(EgovHostFactory host, string userName, Guid? residentId, AccountKind kind = AccountKind.Citizen)
    {
        Guid accountId;
        using (var scope = host.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = userName, DisplayName = userName, Kind = kind, ResidentId = residentId, CreatedAt = DateTime.UtcNow };
            var created = await accounts.CreateAsync(account, Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
            accountId = account.Id;
        }

        var person = new CitizenAtTheBrowser(Anonymous(host), accountId);
        using var signedIn = await person.PostFormAsync("/account/sign-in", null, [new("Form.UserName", userName), new("Form.Password", Password)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return person;
    }

    /// <summary>Posts fields to a page (and handler) with the antiforgery token the page gives, as its form would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string? handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var page = await Client.GetAsync(url, Ct);
        var token = (await ParseAsync(page)).QuerySelectorAll("input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().First().Value;
        var target = handler is null ? url : $"{url}?handler={handler}";
        return await Client.PostAsync(target, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))), Ct);
    }

    /// <summary>The page at <paramref name="url"/>, which must answer 200.</summary>
    public async Task<IDocument> PageAsync(string url)
    {
        using var response = await Client.GetAsync(url, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
}
