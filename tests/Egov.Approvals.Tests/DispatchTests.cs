using System.Net;
using AngleSharp.Html.Parser;
using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Drafting;
using Egov.Approvals.Receiving;
using Egov.Approvals.Tests.Support;
using Egov.Org.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// Dispatch to recipient agencies (발송 → 도착 → 배부 → 접수): the approval itself creates one dispatch per recipient
/// agency; the receiving agency's records officer hands it to a department, whose official registers it under the
/// department's yearly receipt number; another agency's officials never see it (404, audited), and a step by the
/// wrong official is 403. Through the pages where a person does it, through the service for the rules.
/// </summary>
public sealed class DispatchTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private const string Mohw = "1352000";
    private const string Mois = "1741000";
    private const string MohwRecordsOfficer = "MOHW-2018-0522";
    private const string MohwChildPolicyOfficial = "MOHW-2015-0733";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FinalApproval_DispatchesToEachRecipientAgency_Once()
    {
        var document = await ApprovedAsync(Mohw, Mois);

        var dispatches = await DispatchesAsync(document.Id);
        Assert.Equal([Mohw, Mois], dispatches.Select(d => d.ToAgencyCode).Order());
        Assert.All(dispatches, d => Assert.Equal((DispatchStatus.Received, document.Number), (d.Status, d.DocumentNumber)));
    }

    [Fact]
    public async Task RecordsOfficerAssigns_DepartmentRegisters_ThroughThePages_WithAReceiptNumber()
    {
        var document = await ApprovedAsync(Mohw);
        var dispatch = (await DispatchesAsync(document.Id)).Single();
        var page = $"/officials/approvals/received/{dispatch.Id}";

        // Before it is handed out, the department's official does not see it.
        var childPolicy = await host.OfficialAsync(MohwChildPolicyOfficial);
        using (var hidden = await childPolicy.GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var recordsOfficer = await host.OfficialAsync(MohwRecordsOfficer);
        using (var list = await recordsOfficer.GetAsync("/officials/approvals/received"))
        {
            Assert.Contains($"data-dispatch=\"{dispatch.Id}\"", await list.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var department = await DepartmentAsync(Mohw, "CHILD-POLICY");
        using (var received = await recordsOfficer.GetAsync(page))
        using (var assigned = await recordsOfficer.SubmitAsync(received, new Dictionary<string, string> { ["DepartmentId"] = department.ToString() },
            which: f => f.QuerySelector("select[name=DepartmentId]") is not null))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }

        using (var mine = await childPolicy.GetAsync(page))
        using (var registered = await childPolicy.SubmitAsync(mine, new Dictionary<string, string>(), which: f => f.GetAttribute("action")!.Contains("Register", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        using var after = await childPolicy.GetAsync(page);
        var html = await new HtmlParser().ParseDocumentAsync(await after.Content.ReadAsStringAsync(Ct), Ct);
        Assert.Equal(nameof(DispatchStatus.Registered), html.QuerySelector("[data-dispatch-status]")!.GetAttribute("data-dispatch-status"));
        Assert.Matches($"^CHILD-POLICY-{DateTime.UtcNow.Year}-\\d{{5}}$", html.QuerySelector("[data-receipt]")!.TextContent);
        Assert.Contains(document.Number!, html.QuerySelector("[data-number]")!.TextContent, StringComparison.Ordinal);
        using var pdf = await childPolicy.GetAsync($"{page}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);

        // The sender's card shows where it stands.
        var drafter = await host.OfficialAsync(ApprovalsHost.Drafter);
        using var card = await drafter.GetAsync($"/officials/approvals/documents/{document.Id}");
        var cardHtml = await new HtmlParser().ParseDocumentAsync(await card.Content.ReadAsStringAsync(Ct), Ct);
        Assert.Contains(html.QuerySelector("[data-receipt]")!.TextContent, cardHtml.QuerySelector($"[data-dispatch=\"{Mohw}\"]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAgency_NeverSeesTheDispatch_AndTheAttemptIsAudited()
    {
        var document = await ApprovedAsync(Mohw);
        var dispatch = (await DispatchesAsync(document.Id)).Single();

        var seoulRecordsOfficer = await host.OfficialAsync(ApprovalsHost.GeneralAffairsStaff);
        using (var foreign = await seoulRecordsOfficer.GetAsync($"/officials/approvals/received/{dispatch.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        var outcome = await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, dispatch.Id, me, Ct), ApprovalsHost.GeneralAffairsStaff);
        Assert.Equal(ActionStatus.NotFound, outcome.Status);
        Assert.Equal(2, await DeniedCountAsync(dispatch.Id));
        Assert.Equal(DispatchStatus.Received, (await DispatchesAsync(document.Id)).Single().Status);
    }

    [Fact]
    public async Task OnlyTheRecordsOfficerAssigns_OnlyTheDepartmentRegisters_OnlyOnce()
    {
        var document = await ApprovedAsync(Mohw);
        var dispatch = (await DispatchesAsync(document.Id)).Single();
        var childPolicy = await DepartmentAsync(Mohw, "CHILD-POLICY");

        // Registering before it is handed out: the department's official cannot even see it yet.
        Assert.Equal(ActionStatus.NotFound, (await ReceiveAsync((r, me) => r.RegisterAsync(dispatch.Id, me, Ct), MohwChildPolicyOfficial)).Status);
        var seoulBudget = await host.DepartmentIdAsync("BUDGET");
        var foreign = await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, seoulBudget, me, Ct), MohwRecordsOfficer);
        Assert.Equal((ActionStatus.Refused, DispatchRefusal.ForeignDepartment), (foreign.Status, foreign.Refusal));
        Assert.Equal(ActionStatus.Done, (await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, childPolicy, me, Ct), MohwRecordsOfficer)).Status);

        // Seen now, but handing it elsewhere is the records officer's job; registering is not theirs.
        Assert.Equal(ActionStatus.Forbidden, (await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, childPolicy, me, Ct), MohwChildPolicyOfficial)).Status);
        Assert.Equal(ActionStatus.Forbidden, (await ReceiveAsync((r, me) => r.RegisterAsync(dispatch.Id, me, Ct), MohwRecordsOfficer)).Status);
        Assert.Equal(ActionStatus.Done, (await ReceiveAsync((r, me) => r.RegisterAsync(dispatch.Id, me, Ct), MohwChildPolicyOfficial)).Status);
        var twice = await ReceiveAsync((r, me) => r.RegisterAsync(dispatch.Id, me, Ct), MohwChildPolicyOfficial);
        Assert.Equal((ActionStatus.Refused, DispatchRefusal.AlreadyRegistered), (twice.Status, twice.Refusal));
        var late = await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, childPolicy, me, Ct), MohwRecordsOfficer);
        Assert.Equal((ActionStatus.Refused, DispatchRefusal.AlreadyRegistered), (late.Status, late.Refusal));
    }

    [Fact]
    public async Task ReceiptNumbers_FollowEachOther_WithoutGaps()
    {
        var childPolicy = await DepartmentAsync(Mohw, "CHILD-POLICY");
        var receipts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var dispatch = (await DispatchesAsync((await ApprovedAsync(Mohw)).Id)).Single();
            await ReceiveAsync((r, me) => r.AssignAsync(dispatch.Id, childPolicy, me, Ct), MohwRecordsOfficer);
            await ReceiveAsync((r, me) => r.RegisterAsync(dispatch.Id, me, Ct), MohwChildPolicyOfficial);
            receipts.Add((await DispatchesAsync(dispatch.DocumentId)).Single().ReceiptNumber!);
        }

        var serials = receipts.Select(r => int.Parse(r[(r.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([serials[0], serials[0] + 1, serials[0] + 2], serials);
    }

    [Theory]
    [InlineData("6110000")]
    [InlineData("0000000")]
    public async Task RecipientAgency_MustBeAnotherAgencyOfThePack_NothingWritten(string code)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var before = await db.Documents.CountAsync(Ct);
        var input = new DraftInput("general", null, null, null, "협조 요청", "내용", [], "", "", false, LineChoices.None) { RecipientAgencies = [code] };

        var result = await scope.ServiceProvider.GetRequiredService<DraftService>().CreateAsync(ApprovalsHost.Drafter, input, true, null, Ct);

        Assert.Null(result.Document);
        Assert.Equal("approvals.draft.error.recipientAgencies", result.Errors["recipientAgencies"]);
        Assert.Equal(before, await db.Documents.CountAsync(Ct));
    }

    /// <summary>A general document from 윤미래 to the agencies, approved.</summary>
    private Task<ApprovalDocument> ApprovedAsync(params string[] recipients) =>
        host.ApprovedAsync(new DraftInput("general", null, null, null, "아동 돌봄 협조 요청", "1. 관련\n2. 협조 사항", [], "", "", false, LineChoices.None)
        {
            RecipientAgencies = recipients,
        });

    private async Task<List<Dispatch>> DispatchesAsync(Guid documentId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Dispatches.AsNoTracking()
            .Where(d => d.DocumentId == documentId).ToListAsync(Ct);
    }

    private async Task<Guid> DepartmentAsync(string agency, string code)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrgDirectory>().DepartmentsAsync(agency, Ct)).Single(d => d.Code == code).Id;
    }

    /// <summary>A step of receiving by a demo official, with the records-officer role as their account carries it.</summary>
    private async Task<ReceivingOutcome> ReceiveAsync(Func<ReceivedDocuments, Receiver, Task<ReceivingOutcome>> step, string employeeNumber)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var card = (await scope.ServiceProvider.GetRequiredService<IOrgDirectory>().FindOfficialAsync(employeeNumber, Ct))!;
        var isRecordsOfficer = employeeNumber is MohwRecordsOfficer or ApprovalsHost.GeneralAffairsStaff;
        return await step(scope.ServiceProvider.GetRequiredService<ReceivedDocuments>(), new Receiver(card, isRecordsOfficer));
    }

    private async Task<int> DeniedCountAsync(Guid dispatchId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var platform = scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>();
        return await platform.AuditEntries.CountAsync(e => e.Action == "approvals.dispatch.denied" && e.Subject == ReceivedDocuments.DispatchReference(dispatchId), Ct);
    }
}
