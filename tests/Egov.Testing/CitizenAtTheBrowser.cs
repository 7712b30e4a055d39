using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Testing;

/// <summary>
/// A person at a browser on the real host (<see cref="PersonAtTheBrowser"/>) with a fresh account of the kind asked
/// for, bound to a resident or not, signed in; plus the form posts and page reads the register pages' tests need.
/// </summary>
internal sealed class CitizenAtTheBrowser
{
    private CitizenAtTheBrowser(PersonAtTheBrowser person, Guid accountId)
    {
        Person = person;
        AccountId = accountId;
    }

    public PersonAtTheBrowser Person { get; }

    public HttpClient Client => Person.Client;

    public Guid AccountId { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CitizenAtTheBrowser> SignedInAsync(EgovHostFactory host, string userName, Guid? residentId, AccountKind kind = AccountKind.Citizen, params string[] roles)
    {
        Guid accountId;
        using (var scope = host.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = userName, DisplayName = userName, Kind = kind, ResidentId = residentId, CreatedAt = DateTime.UtcNow };
            var created = await accounts.CreateAsync(account, PersonAtTheBrowser.Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
            accountId = account.Id;
            var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    (await roleManager.CreateAsync(new IdentityRole<Guid>(role))).AssertSucceeded();
                }

                (await accounts.AddToRoleAsync(account, role)).AssertSucceeded();
            }
        }

        var person = new PersonAtTheBrowser(host);
        using var signedIn = await person.SignInAsync(userName);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return new CitizenAtTheBrowser(person, accountId);
    }

    /// <summary>A new official's account with <paramref name="roles"/>, signed in with a password only (AAL1).</summary>
    public static Task<CitizenAtTheBrowser> SignedInOfficialAsync(EgovHostFactory host, string userName, params string[] roles) =>
        SignedInAsync(host, userName, null, AccountKind.Official, roles);

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
