using System.Net;
using AngleSharp.Html.Parser;
using Egov.Org.Data;
using Egov.Platform.Data;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Org.Tests.Support;

/// <summary>Demo officials of the org pages at a browser, and what the pages wrote (org tables, audit chain).</summary>
internal static class OrgAtTheBrowser
{
    /// <summary>문서진, org-admin of Seoul (6110000).</summary>
    public const string SeoulAdmin = "SEOUL-2012-1506";

    /// <summary>한소라, org-admin of the Ministry of the Interior and Safety (1741000).</summary>
    public const string MoisAdmin = "MOIS-2019-0412";

    /// <summary>윤미래, a Seoul official without the org-admin role.</summary>
    public const string SeoulOfficial = "SEOUL-2020-3310";

    /// <summary>오준서, head of Seoul's welfare policy division.</summary>
    public const string DivisionHead = "SEOUL-2011-2087";

    /// <summary>정다은, team leader in the same division: the deputy.</summary>
    public const string TeamLeader = "SEOUL-2016-2254";

    private const string DemoPassword = "enjoy-egov-demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<PersonAtTheBrowser> SignInAsync(EgovHostFactory host, string employeeNumber)
    {
        var official = new PersonAtTheBrowser(host);
        using (await official.SignInAsync(employeeNumber, DemoPassword))
        {
        }

        await DemoOfficials.StepUpAsync(official, "/officials/org");
        return official;
    }

    /// <summary>Posts to a handler with the antiforgery token of <paramref name="page"/>, as a hand-made form would.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PersonAtTheBrowser official, string page, string action, Dictionary<string, string> fields)
    {
        using var response = await official.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await official.Client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    public static async Task<T> ReadAsync<T>(EgovHostFactory host, Func<OrgDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<OrgDbContext>());
    }

    public static async Task<Guid> DepartmentIdAsync(EgovHostFactory host, string agency, string code) =>
        await ReadAsync(host, db => db.Departments.Where(d => d.AgencyCode == agency && d.Code == code).Select(d => d.Id).SingleAsync(Ct));

    /// <summary>The audit entries of an action, as the platform's chain holds them.</summary>
    public static async Task<List<(string Actor, string Subject)>> AuditedAsync(EgovHostFactory host, string action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.Action == action).Select(e => new { e.Actor, e.Subject }).ToListAsync(Ct)).Select(e => (e.Actor, e.Subject)).ToList();
    }
}
