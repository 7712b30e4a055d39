using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Identity.Contracts;

namespace Egov.Identity.Tests.Delegation;

/// <summary>The delegation pages' forms, posted as a browser would (antiforgery token from the page).</summary>
internal static class ActingAtTheBrowser
{
    public static Task<HttpResponseMessage> ActForAsync(this PersonAtTheBrowser person, DelegationKind kind, Guid subject) =>
        person.PostFormAsync("/account/act-for", "Start", [new("kind", kind.ToString()), new("subject", subject.ToString())]);

    public static Task<HttpResponseMessage> StopActingAsync(this PersonAtTheBrowser person) =>
        person.PostFormAsync("/account/act-for", "Stop", []);

    public static Task<HttpResponseMessage> GrantAsync(this PersonAtTheBrowser person, string identifier, string name, DateOnly until, params string[] services) =>
        person.PostFormAsync("/account/powers-of-attorney", "Grant",
        [
            new("Form.AgentIdentifier", identifier), new("Form.AgentName", name),
            new("Form.Until", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            .. services.Select(s => new KeyValuePair<string, string>("Form.Services", s)),
        ]);

    public static Task<HttpResponseMessage> RevokeAsync(this PersonAtTheBrowser person, Guid power) =>
        person.PostFormAsync("/account/powers-of-attorney", "Revoke", [new("id", power.ToString())]);

    public static async Task<string> PageTextAsync(this PersonAtTheBrowser person, string url)
    {
        using var response = await person.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Posts to a page handler with the antiforgery token the page gives, whatever the fields: a tampered
    /// form is just other fields.
    /// </summary>
    private static async Task<HttpResponseMessage> PostFormAsync(
        this PersonAtTheBrowser person, string url, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await person.PageTextAsync(url);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        var token = document.QuerySelectorAll("input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().First().Value;
        var values = fields.Append(new("__RequestVerificationToken", token));
        return await person.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }
}
