using Egov.Approvals.Domain;
using Egov.Org.Contracts;

namespace Egov.Approvals.Drafting;

/// <summary>A proposed line and the delegation table's reason, or the field that made it impossible and why.</summary>
internal sealed record LineProposal(IReadOnlyList<LineStep> Line, string Rule, bool IsDelegated, string? ErrorField = null, string? Error = null);

/// <summary>
/// Proposes the approval line from the Org directory: the reviewers and final approver the agency's delegation table
/// gives for the type and amount (전결), the heads of the co-approving departments the drafter picked, the copies.
/// </summary>
internal sealed class LineProposer(IOrgDirectory org)
{
    public async Task<LineProposal> ProposeAsync(OfficialCard drafter, string documentType, decimal? amount, LineChoices choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(choices);
        var authority = await org.FinalAuthorityAsync(
            new FinalAuthorityQuery(drafter.DepartmentId, documentType, amount) { DrafterEmployeeNumber = drafter.EmployeeNumber }, cancellationToken);
        if (authority.Approver is not { } approver)
        {
            return Failed("documentType", "approvals.draft.error.vacant", authority.Rule);
        }

        var coApprovers = new List<(Official, Guid)>();
        foreach (var departmentId in choices.CoApprovalDepartments.Distinct())
        {
            var department = await org.FindDepartmentAsync(departmentId, cancellationToken);
            var head = department is null || department.AgencyCode != drafter.AgencyCode || departmentId == drafter.DepartmentId
                ? null
                : (await org.MembersAsync(departmentId, cancellationToken)).FirstOrDefault(m => m.IsHead && m.Status != OfficialStatus.Departed);
            if (head is null)
            {
                return Failed("coApprovalDepartments", "approvals.draft.error.coApproval", authority.Rule);
            }

            coApprovers.Add((Of(head), departmentId));
        }

        var copies = new List<(Official, Guid)>();
        foreach (var number in choices.Copies.Distinct(StringComparer.Ordinal))
        {
            if (await org.FindOfficialAsync(number, cancellationToken) is not { Status: not OfficialStatus.Departed } copy || copy.AgencyCode != drafter.AgencyCode)
            {
                return Failed("copies", "approvals.draft.error.copy", authority.Rule);
            }

            copies.Add((Of(copy), copy.DepartmentId));
        }

        // A co-approving head who also reviews on the way up would act twice: they review, and the group does without them.
        var reviewers = authority.Reviewers.Where(r => r.EmployeeNumber != approver.EmployeeNumber).Select(r => (Of(r), r.DepartmentId)).ToList();
        coApprovers.RemoveAll(c => reviewers.Any(r => r.Item1.Number == c.Item1.Number) || c.Item1.Number == approver.EmployeeNumber);
        copies.RemoveAll(c => c.Item1.Number == drafter.EmployeeNumber);
        var line = ApprovalLine.Propose(reviewers, coApprovers, choices.CoApprovalInParallel,
            (Of(approver), approver.DepartmentId, authority.IsDelegated), copies);
        return new LineProposal(line, authority.Rule, authority.IsDelegated);
    }

    private static Official Of(OfficialCard card) => new(card.EmployeeNumber, card.Name);

    private static LineProposal Failed(string field, string error, string rule) => new([], rule, false, field, error);
}
