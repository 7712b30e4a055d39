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

        var client = Anonymous(host);
        using var signInPage = await client.GetAsync("/account/sign-in", Ct);
        var form = (await ParseAsync(signInPage)).QuerySelectorAll("main form").Cast<IHtmlFormElement>()
            .Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.GetAttribute("action") is null);
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("Form.UserName", userName))
            .Append(new("Form.Password", Password));
        using var signedIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return new CitizenAtTheBrowser(client, accountId);
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
