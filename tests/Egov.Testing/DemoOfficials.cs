using System.Net;
using AngleSharp.Html.Parser;

namespace Egov.Testing;

/// <summary>The pack's demo officials at a browser: <c>SEOUL-2020-3310</c> is a registrar, <c>SEOUL-2011-2087</c> only reads, two decide their agency's benefit cases.</summary>
public static class DemoOfficials
{
    public const string Registrar = "SEOUL-2020-3310";
    public const string Reader = "SEOUL-2011-2087";

    /// <summary>Decides the cases routed to the Ministry of Health and Welfare (<c>1352000</c>).</summary>
    public const string WelfareCaseOfficer = "MOHW-2015-0733";

    /// <summary>Decides the cases routed to the National Tax Service (<c>1210000</c>): another agency than the welfare ministry.</summary>
    public const string TaxCaseOfficer = "NTS-2006-1175";
    private const string DemoPassword = "enjoy-egov-demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A demo official signed in with the demo password, then stepped up by setting up an authenticator app.</summary>
    public static async Task<PersonAtTheBrowser> AtAal2Async(EgovHostFactory host, string employeeNumber)
    {
        var official = new PersonAtTheBrowser(host);
        using (await official.SignInAsync(employeeNumber, DemoPassword))
        {
        }

        await StepUpAsync(official, "/officials/registries");
        return official;
    }

    /// <summary>Steps a signed-in official's session up to AAL2 by setting up an authenticator app, as the AAL2 page <paramref name="aal2Page"/> asks.</summary>
    public static async Task StepUpAsync(PersonAtTheBrowser official, string aal2Page)
    {
        ArgumentNullException.ThrowIfNull(official);
        using var stepUp = await official.GetAsync(aal2Page);
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        using var setup = await official.GetAsync(stepUp.Headers.Location!.OriginalString);
        var keyText = new HtmlParser().ParseDocument(await setup.Content.ReadAsStringAsync(Ct)).QuerySelector("main p code")!.TextContent;
        var code = AuthenticatorApp.CodeAt(AuthenticatorApp.KeyFromBase32(keyText), DateTimeOffset.UtcNow);
        using (await official.SubmitAsync(setup, new Dictionary<string, string> { ["Form.Code"] = code }))
        {
        }
    }
}
