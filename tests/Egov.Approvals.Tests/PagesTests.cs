using System.Net;
using AngleSharp.Html.Parser;
using Egov.Approvals.Domain;
using Egov.Approvals.Tests.Support;
using Egov.Testing;

namespace Egov.Approvals.Tests;

/// <summary>
/// The pages through HTTP: a draft in the official format with a co-approving department, the co-approval and the
/// final approval on the card, the number on the approved document; an official of another department neither
/// sees the card (404) nor acts on it (403), and the attempt is audited.
/// </summary>
public sealed class PagesTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Fact]
    public async Task Draft_CoApprove_Approve_ThroughThePages()
    {
        var drafter = await host.OfficialAsync(ApprovalsHost.Drafter);
        var budget = await host.DepartmentIdAsync("BUDGET");
        using var draftPage = await drafter.GetAsync("/officials/approvals/draft");
        using var drafted = await drafter.SubmitAsync(draftPage, new Dictionary<string, string>
        {
            ["Form.DocumentType"] = "expenditure", ["Form.Amount"] = "113560", ["Form.Title"] = "경로당 냉방비 지원",
            ["Form.Content"] = "여름철 경로당 냉방비를 지원합니다.", ["Form.Attachments"] = "예산 내역서", ["Form.CoApprovalDepartments"] = budget.ToString(),
            ["Form.SaveLineAs"] = "예산 협조",
        }, which: f => f.QuerySelector("#Form_Title") is not null);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var card = drafted.Headers.Location!.OriginalString;
        var id = Guid.Parse(card[(card.LastIndexOf('/') + 1)..]);

        var budgetHead = await host.OfficialAsync(ApprovalsHost.BudgetHead);
        using (var inbox = await budgetHead.GetAsync("/officials/approvals"))
        {
            Assert.Contains($"data-document=\"{id}\"", await TextAsync(inbox), StringComparison.Ordinal);
        }

        using (var budgetCard = await budgetHead.GetAsync(card))
        using (var agreed = await budgetHead.SubmitAsync(budgetCard, new Dictionary<string, string> { ["Opinion"] = "이견 없음" },
            which: f => f.QuerySelector("textarea[name=Opinion]") is not null))
        {
            Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        }

        var head = await host.OfficialAsync(ApprovalsHost.WelfarePolicyHead);
        using (var headCard = await head.GetAsync(card))
        using (var approved = await head.SubmitAsync(headCard, new Dictionary<string, string>(), which: f => f.QuerySelector("textarea[name=Opinion]") is not null))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        using var final = await drafter.GetAsync(card);
        var html = await new HtmlParser().ParseDocumentAsync(await TextAsync(final), Ct);
        Assert.Equal(nameof(DocumentStatus.Approved), html.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.StartsWith("6110000-2020-", html.QuerySelector("[data-number]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("이견 없음", html.QuerySelector(".egov-approvals-history")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await host.AuditCountAsync("approvals.step.approve", id));
        using var nextDraft = await drafter.GetAsync("/officials/approvals/draft");
        Assert.Contains("예산 협조", await TextAsync(nextDraft), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficialOfAnotherDepartment_CannotSeeNorAct_AndTheAttemptIsAudited()
    {
        var document = await host.DraftAsync("general", null);
        var stranger = await host.OfficialAsync(ApprovalsHost.GeneralAffairsHead);

        using var card = await stranger.GetAsync($"/officials/approvals/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.NotFound, card.StatusCode);

        // A forged post, as a probe would send it (the antiforgery token from a page the stranger may open).
        using var ownPage = await stranger.GetAsync("/officials/approvals/draft");
        var token = new HtmlParser().ParseDocument(await TextAsync(ownPage)).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = await stranger.Client.PostAsync(
            $"/officials/approvals/documents/{document.Id}?handler=Approve&step={document.FinalStep!.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(1, await host.AuditCountAsync("approvals.action.denied", document.Id));
        Assert.Equal(DocumentStatus.InProgress, (await host.DocumentAsync(document.Id)).Status);
    }
}
