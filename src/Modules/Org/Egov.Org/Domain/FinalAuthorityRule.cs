using Egov.Org.Contracts;
using Egov.Platform.Packs;

namespace Egov.Org.Domain;

/// <summary>
/// Who gives final approval (전결 규정): the agency's delegation table names a post for the document's type and amount;
/// the approval goes up from the drafting department to the first department whose head post carries at least that
/// authority (rank at most the post's). The heads passed on the way review it, nearest first.
/// </summary>
internal static class FinalAuthorityRule
{
    public static FinalAuthorityDecision Decide(OrgChart chart, IReadOnlyList<DelegationRule> table, OrgSettings settings, FinalAuthorityQuery query)
    {
        var drafting = chart.FindDepartment(query.DraftingDepartmentId)
            ?? throw new ArgumentException($"department {query.DraftingDepartmentId} is not in the organisation", nameof(query));
        var row = table.FirstOrDefault(r => r.DocumentType == query.DocumentType && r.Covers(query.Amount));

        // No row for the document: nobody below the head of the agency was given the authority, so the head keeps it.
        var post = row is null ? settings.TopPost : settings.FindPost(row.PostCode);
        var required = post?.Rank ?? 1;
        var path = chart.UpFrom(drafting).ToList();
        var approving = path.FirstOrDefault(d => RankOf(settings, d.HeadPostCode) <= required) ?? path[^1];
        var approver = chart.HeadOf(approving);
        var reviewers = path.TakeWhile(d => d.Id != approving.Id)
            .Select(chart.HeadOf)
            .OfType<Official>()
            .Where(o => o.EmployeeNumber != query.DrafterEmployeeNumber && o.Id != approver?.Id)
            .Select(chart.Card)
            .ToList();
        return new FinalAuthorityDecision(
            post?.Code ?? row?.PostCode ?? approving.HeadPostCode,
            approver is null ? null : chart.Card(approver),
            approving.HeadPostCode != settings.TopPost?.Code,
            reviewers,
            row,
            approving);
    }

    /// <summary>A post the pack no longer lists carries no authority at all.</summary>
    private static int RankOf(OrgSettings settings, string postCode) => settings.FindPost(postCode)?.Rank ?? int.MaxValue;
}

/// <summary>The decision, with the row that made it (null when no row matched) and the department whose head approves.</summary>
internal sealed record FinalAuthorityDecision(
    string PostCode, OfficialCard? Approver, bool IsDelegated, IReadOnlyList<OfficialCard> Reviewers, DelegationRule? Row, Department Approving);
