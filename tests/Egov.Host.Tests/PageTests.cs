using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Testing;

namespace Egov.Host.Tests;

/// <summary>Pages through HTTP: readable errors in the reader's language, antiforgery on every form, the CSP.</summary>
public sealed class PageTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ko", "페이지를 찾을 수 없음")]
    [InlineData("en", "Page not found")]
    [InlineData("ja", "ページが見つかりません")]
    public async Task UnknownPage_Is404Page_InTheReadersLanguage(string language, string heading)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page") { Headers = { { "Accept-Language", language } } };
        using var response = await host.Factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefusedWithAReadablePage()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        using var response = await host.Factory.CreateClient().PostAsync("/language", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("h1"));
    }

    [Fact]
    public async Task FormPost_WithTheTokenOfThePage_SwitchesLanguage()
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await LanguageSwitch.PostAsync(client, client, "en", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_ToALanguageThePackLacks_IsRefusedWithAReadablePage()
    {
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await LanguageSwitch.PostAsync(client, client, "fr", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(".AspNetCore.Culture=", string.Join(' ', response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("h1"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/design")]
    public async Task Pages_CarryAStrictCsp_AndNoInlineScriptOrStyle(string path)
    {
        using var response = await host.Factory.CreateClient().GetAsync(path, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        var page = await ParseAsync(response);
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline <script>"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.All(page.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)),
            f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
    }

    internal static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
}

/// <summary>The language switch as a browser uses it: read the form (and its cookie) from one page, post it.</summary>
internal static class LanguageSwitch
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient pageClient, HttpClient postClient, string culture, CancellationToken ct)
    {
        using var page = await pageClient.GetAsync("/design", ct);
        var document = await PageTests.ParseAsync(page);
        var form = document.Forms.Single(f => f.Action.EndsWith("/language", StringComparison.Ordinal));
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Post, "/language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["culture"] = culture, ["returnUrl"] = "/design",
            }),
            Headers = { { "Cookie", cookie } },
        };
        return await postClient.SendAsync(request, ct);
    }
}
