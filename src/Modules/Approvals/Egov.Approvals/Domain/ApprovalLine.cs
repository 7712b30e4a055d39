namespace Egov.Approvals.Domain;

/// <summary>
/// The rules a line must keep before it is submitted: one final approval, after every other acting step and alone
/// at its place; nobody twice and never the drafter (one cannot review one's own draft); places from 1.
/// </summary>
internal static class ApprovalLine
{
    public static bool IsValid(IReadOnlyList<LineStep> line, Official drafter)
    {
        ArgumentNullException.ThrowIfNull(line);
        var acting = line.Where(s => s.Kind != StepKind.Copy).ToList();
        var finals = acting.Where(s => s.Kind == StepKind.Final).ToList();
        if (finals.Count != 1 || acting.Any(s => s.Order < 1))
        {
            return false;
        }

        var final = finals[0];
        return acting.All(s => s == final || s.Order < final.Order)
            && acting.Select(s => s.Assignee.Number).Distinct(StringComparer.Ordinal).Count() == acting.Count
            && line.All(s => s.Assignee.Number != drafter.Number);
    }

    /// <summary>
    /// The line the platform proposes: the reviewers the delegation table names (nearest head first), then the
    /// co-approving departments' heads (all at one place when parallel, one after another when sequential), then the
    /// final approver; carbon copies last.
    /// </summary>
    public static IReadOnlyList<LineStep> Propose(
        IReadOnlyList<(Official Official, Guid DepartmentId)> reviewers,
        IReadOnlyList<(Official Official, Guid DepartmentId)> coApprovers,
        bool coApprovalInParallel,
        (Official Official, Guid DepartmentId, bool IsDelegated) final,
        IReadOnlyList<(Official Official, Guid DepartmentId)> copies)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        ArgumentNullException.ThrowIfNull(coApprovers);
        ArgumentNullException.ThrowIfNull(copies);
        var line = new List<LineStep>();
        var order = 0;
        foreach (var (official, department) in reviewers)
        {
            line.Add(new LineStep(StepKind.Review, ++order, official, department));
        }

        var groupStart = order + 1;
        foreach (var (official, department) in coApprovers)
        {
            line.Add(new LineStep(StepKind.CoApproval, coApprovalInParallel ? groupStart : ++order, official, department));
        }

        order = coApprovalInParallel && coApprovers.Count > 0 ? groupStart : order;
        line.Add(new LineStep(StepKind.Final, ++order, final.Official, final.DepartmentId, final.IsDelegated));
        line.AddRange(copies.Select(c => new LineStep(StepKind.Copy, 0, c.Official, c.DepartmentId)));
        return line;
    }
}
