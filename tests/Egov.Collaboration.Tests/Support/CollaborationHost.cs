using System.Net;
using AngleSharp.Html.Parser;
using Egov.Collaboration.Data;
using Egov.Collaboration.Domain;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Collaboration.Tests.Support;

/// <summary>
/// The real host over a fresh database with the demo accounts and the demo organisation of Seoul: 윤미래 drafts in
/// 복지정책과, whose head 오준서 is on the proposed line; 한지민 heads 총무과, another department, and is on no line.
/// Documents are drafted through the approvals pages, as an official would.
/// </summary>
public sealed class CollaborationHost : IAsyncLifetime
{
    public const string Drafter = "SEOUL-2020-3310";
    public const string DrafterName = "윤미래";
    public const string WelfarePolicyHead = "SEOUL-2011-2087";
    public const string WelfarePolicyHeadName = "오준서";
    public const string Stranger = "SEOUL-2008-0921";
    public const string DemoPassword = "enjoy-egov-demo";

    private TestDatabase? database;
    private readonly Dictionary<string, PersonAtTheBrowser> officials = [];

    public EgovHostFactory Factory { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        // The real clock: the officials' authenticator codes are computed from it.
        Factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }

    /// <summary>A demo official signed in and stepped up to AAL2, once per test class.</summary>
    public async Task<PersonAtTheBrowser> OfficialAsync(string employeeNumber)
    {
        if (officials.TryGetValue(employeeNumber, out var known))
        {
            return known;
        }

        var official = new PersonAtTheBrowser(Factory);
        using (var signedIn = await official.SignInAsync(employeeNumber, DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        await DemoOfficials.StepUpAsync(official, "/officials/approvals");
        officials[employeeNumber] = official;
        return official;
    }

    /// <summary>A general document drafted and submitted by 윤미래 on the approvals page; its card's address.</summary>
    public async Task<string> DocumentCardAsync(string title)
    {
        var drafter = await OfficialAsync(Drafter);
        using var draftPage = await drafter.GetAsync("/officials/approvals/draft");
        using var drafted = await drafter.SubmitAsync(draftPage, new Dictionary<string, string>
        {
            ["Form.DocumentType"] = "general", ["Form.Title"] = title, ["Form.Content"] = "경로당 냉방비 지원 계획을 알립니다.",
        }, which: f => f.QuerySelector("#Form_Title") is not null);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        return drafted.Headers.Location!.OriginalString;
    }

    public static string CommentsAddress(string card) => $"/officials/comments/approval-document/{card[(card.LastIndexOf('/') + 1)..]}";

    /// <summary>Posts the panel's new-comment form as it appears on <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> PostCommentAsync(PersonAtTheBrowser official, HttpResponseMessage page, string text) =>
        official.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = text }, which: f => f.QuerySelector("#comment-text") is not null);

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);

    internal async Task<T> QueryAsync<T>(Func<CollaborationDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CollaborationDbContext>());
    }

    internal Task<List<Comment>> CommentsOnAsync(string card)
    {
        var id = card[(card.LastIndexOf('/') + 1)..];
        return QueryAsync(db => db.Comments.AsNoTracking().Include(c => c.Revisions).Where(c => c.SubjectId == id).ToListAsync(Ct));
    }

    /// <summary>The audit entries with this action on the document.</summary>
    public async Task<int> AuditCountAsync(string action, string card)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var platform = scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>();
        var subject = $"approval-document:{card[(card.LastIndexOf('/') + 1)..]}";
        return await platform.AuditEntries.CountAsync(e => e.Action == action && e.Subject == subject, Ct);
    }
}
