using Egov.Approvals.Contracts;
using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Egov.Approvals.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// <see cref="IApprovalDrafts"/>, the contract another module drafts through: the document is a draft in the named
/// official's name with the line the delegation table proposes; the same source key — asked again, or twice at once —
/// never makes a second document; a refusal (unknown drafter, a type that commits money, no source) writes nothing.
/// </summary>
public sealed class ApprovalDraftsTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ApprovalDraftRequest Request(string key, string drafter = ApprovalsHost.Drafter, string type = "general", string system = "field") =>
        new(drafter, type, "경로당 점검 결과 보고", "1. 대상: 마포 경로당\n2. 결과: 적합", system, key);

    private async Task<ApprovalDraftResult> DraftAsync(ApprovalDraftRequest request)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IApprovalDrafts>().DraftAsync(request, Ct);
    }

    private async Task<List<ApprovalDocument>> DocumentsUnderAsync(string key)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Documents.AsNoTracking().Where(d => d.SourceKey == key).ToListAsync(Ct);
    }

    [Fact]
    public async Task Draft_IsLeftADraftInTheOfficialsName_WithTheProposedLine_AndTheSameKeyAnswersWithIt()
    {
        var key = $"field-inspection:{Guid.NewGuid()}";

        var first = await DraftAsync(Request(key));
        var again = await DraftAsync(Request(key) with { Title = "다시 보낸 보고" });

        Assert.True(first.Created);
        Assert.Equal((first.DocumentId, false), (again.DocumentId, again.Created));
        Assert.Equal($"/officials/approvals/documents/{first.DocumentId}", first.Link);
        var document = await host.DocumentAsync(first.DocumentId!.Value);
        Assert.Equal((DocumentStatus.Draft, ApprovalsHost.Drafter, "system:field", "경로당 점검 결과 보고"),
            (document.Status, document.DrafterNumber, document.SourceClient, document.Latest.Body.Title));
        Assert.Equal(ApprovalsHost.WelfarePolicyHead, document.FinalStep!.AssigneeNumber);
        Assert.Single(await DocumentsUnderAsync(key));
        Assert.Equal(1, await host.AuditCountAsync("approvals.document.draft", document.Id));
    }

    [Fact]
    public async Task TheSameKey_TwiceAtOnce_MakesOneDocument()
    {
        var key = $"field-inspection:{Guid.NewGuid()}";

        var results = await Task.WhenAll(DraftAsync(Request(key)), DraftAsync(Request(key)));

        Assert.Single(results.Select(r => r.DocumentId).Distinct());
        Assert.NotNull(results[0].DocumentId);
        Assert.Single(results, r => r.Created);
        Assert.Single(await DocumentsUnderAsync(key));
    }

    [Fact]
    public async Task Refusals_WriteNothing()
    {
        var key = $"field-inspection:{Guid.NewGuid()}";

        var unknown = await DraftAsync(Request(key, drafter: "SEOUL-0000-0000"));
        var withMoney = await DraftAsync(Request(key, type: "expenditure"));
        var noSystem = await DraftAsync(Request(key, system: "Field App"));

        Assert.Equal((null, false), (unknown.DocumentId, unknown.Created));
        Assert.Contains("drafter", unknown.Errors.Keys);
        Assert.DoesNotContain("approvals.", unknown.Errors["drafter"], StringComparison.Ordinal);
        Assert.Contains("amount", withMoney.Errors.Keys);
        Assert.Contains("source", noSystem.Errors.Keys);
        Assert.Empty(await DocumentsUnderAsync(key));
    }
}
