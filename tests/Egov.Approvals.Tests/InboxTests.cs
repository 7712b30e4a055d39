using Egov.Approvals.Documents;
using Egov.Approvals.Drafting;
using Egov.Approvals.Inbox;
using Egov.Approvals.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// The inbox's tabs as each official sees them along a line: the drafter's document is in progress until approved,
/// then done; a reviewer who approved finds it in progress, then done; the approver finds it to approve, then done;
/// an official not on the line finds it nowhere.
/// </summary>
public sealed class InboxTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachTab_ShowsTheDocumentToWhomItConcerns()
    {
        var document = await host.DraftAsync("expenditure", 50_000_000m);
        var reviewer = document.CurrentLine.First(s => s.IsOpen).AssigneeNumber;
        var approver = document.FinalStep!.AssigneeNumber;
        Assert.NotEqual(reviewer, approver);

        Assert.Equal(InboxTab.InProgress, await TabOfAsync(ApprovalsHost.Drafter, document.Id));
        Assert.Equal(InboxTab.ToApprove, await TabOfAsync(reviewer, document.Id));
        await host.DecideAsync(document.Id, reviewer, Decision.Approve);
        Assert.Equal(InboxTab.InProgress, await TabOfAsync(reviewer, document.Id));

        var approved = await host.ApproveRestAsync(document.Id);
        Assert.NotNull(approved.Number);
        foreach (var official in new[] { ApprovalsHost.Drafter, reviewer, approver })
        {
            Assert.Equal(InboxTab.Done, await TabOfAsync(official, document.Id));
        }

        Assert.Null(await TabOfAsync(ApprovalsHost.GeneralAffairsStaff, document.Id));
    }

    [Fact]
    public async Task ToApprove_ListsByArrival_AHeldDocumentKeepsItsPlace()
    {
        var first = await host.DraftAsync("expenditure", 50_000_000m);
        var second = await host.DraftAsync("expenditure", 50_000_000m);
        var reviewer = first.CurrentLine.First(s => s.IsOpen).AssigneeNumber;
        Assert.Equal(reviewer, second.CurrentLine.First(s => s.IsOpen).AssigneeNumber);

        // Holding the first changes it last, but it reached the reviewer first: it stays below the second.
        Assert.Equal(ActionStatus.Done, (await host.DecideAsync(first.Id, reviewer, Decision.Hold, "예산 확인 중")).Status);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<InboxQueries>();
        var listed = (await inbox.ListAsync(InboxTab.ToApprove, reviewer, 1, Ct)).Select(r => r.DocumentId).ToList();
        Assert.InRange(listed.IndexOf(second.Id), 0, listed.IndexOf(first.Id) - 1);
        Assert.Equal(listed.Count, (await inbox.CountsAsync(reviewer, Ct))[InboxTab.ToApprove]);
    }

    /// <summary>The one tab that lists the document for the official (null: none), failing if two do.</summary>
    private async Task<InboxTab?> TabOfAsync(string official, Guid documentId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<InboxQueries>();
        var counts = await inbox.CountsAsync(official, Ct);
        var found = new List<InboxTab>();
        foreach (var tab in Enum.GetValues<InboxTab>())
        {
            var rows = await inbox.ListAsync(tab, official, 1, Ct);
            Assert.True(counts[tab] >= rows.Count);
            if (rows.Any(r => r.DocumentId == documentId))
            {
                found.Add(tab);
            }
        }

        return found.Count == 0 ? null : Assert.Single(found);
    }
}
