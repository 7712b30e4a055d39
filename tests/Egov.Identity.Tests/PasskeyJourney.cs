using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>
/// What passkeys.js does, over HTTP: fetch the options a passkey form names (posting its hidden fields, the
/// antiforgery token among them), let a <see cref="SoftwareAuthenticator"/> answer, and send the form.
/// </summary>
internal static class PasskeyJourney
{
    /// <summary>The test server's origin, which the "browser" writes into its client data.</summary>
    public const string Origin = "http://localhost";

    public const string SignedInHome = "/";

    /// <summary>Registers the authenticator's credential on <c>/account/passkeys</c>; <paramref name="answer"/> may bend the browser's answer.</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(
        PersonAtTheBrowser person, SoftwareAuthenticator authenticator, string name, Func<string, string>? answer = null)
    {
        using var page = await person.GetAsync("/account/passkeys");
        var options = await OptionsAsync(person, page, "create");
        var credential = authenticator.Register(options);
        return await person.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Credential"] = answer?.Invoke(credential) ?? credential,
        }, which: IsPasskeyForm("create"));
    }

    /// <summary>Signs in with a passkey on the sign-in page at <paramref name="signInUrl"/>; <paramref name="answer"/> replaces the authenticator's answer to the options.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(
        PersonAtTheBrowser person, SoftwareAuthenticator authenticator, string signInUrl = "/account/sign-in", Func<string, string>? answer = null)
    {
        using var page = await person.GetAsync(signInUrl);
        var options = await OptionsAsync(person, page, "get");
        return await person.SubmitAsync(page, new Dictionary<string, string>
        {
            ["credential"] = answer?.Invoke(options) ?? authenticator.SignIn(options),
        }, which: IsPasskeyForm("get"));
    }

    /// <summary>Posts the sign-in page's passkey form with a given answer, without asking for options first.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(PersonAtTheBrowser person, string credential)
    {
        using var page = await person.GetAsync("/account/sign-in");
        return await person.SubmitAsync(page, new Dictionary<string, string> { ["credential"] = credential }, which: IsPasskeyForm("get"));
    }

    /// <summary>The options JSON (or the failed response's body) for the page's passkey form of that kind.</summary>
    public static async Task<string> OptionsAsync(PersonAtTheBrowser person, HttpResponseMessage page, string kind)
    {
        using var response = await OptionsResponseAsync(person, page, kind);
        Assert.True(response.IsSuccessStatusCode, $"options: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> OptionsResponseAsync(PersonAtTheBrowser person, HttpResponseMessage page, string kind)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var form = document.QuerySelectorAll("main form").Cast<IHtmlFormElement>().Single(IsPasskeyForm(kind));
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return await person.Client.PostAsync(form.GetAttribute("data-passkey-options"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    private static Func<IHtmlFormElement, bool> IsPasskeyForm(string kind) => f => f.GetAttribute("data-passkey") == kind;
}
