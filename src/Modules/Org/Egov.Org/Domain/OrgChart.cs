using Egov.Org.Contracts;

namespace Egov.Org.Domain;

/// <summary>
/// An agency's organisation as it stands on one day, built from whatever part of it a question needs (the whole tree
/// for the chart page, one branch for a final-authority question). Pure: no I/O, so the rules are tested without a host.
/// </summary>
internal sealed class OrgChart
{
    private readonly Dictionary<Guid, Department> departments;
    private readonly Dictionary<Guid, Official> officials;
    private readonly ILookup<Guid, Leave> leaves;

    public OrgChart(IEnumerable<Department> departments, IEnumerable<Official> officials, IEnumerable<Leave> leaves, DateOnly day)
    {
        this.departments = departments.ToDictionary(d => d.Id);
        this.officials = officials.ToDictionary(o => o.Id);
        this.leaves = leaves.ToLookup(l => l.OfficialId);
        Day = day;
    }

    /// <summary>The day statuses and heads are read for.</summary>
    public DateOnly Day { get; }

    public IEnumerable<Department> Departments => departments.Values;

    public IEnumerable<Official> Officials => officials.Values;

    public Department? FindDepartment(Guid id) => departments.GetValueOrDefault(id);

    public Official? FindOfficial(Guid id) => officials.GetValueOrDefault(id);

    public Official? FindOfficial(string employeeNumber) => officials.Values.FirstOrDefault(o => o.EmployeeNumber == employeeNumber);

    /// <summary>The department and those above it, nearest first, up to the root (a cycle, which the pages refuse, ends the walk).</summary>
    public IEnumerable<Department> UpFrom(Department department)
    {
        var seen = new HashSet<Guid>();
        for (Department? d = department; d is not null && seen.Add(d.Id); d = d.ParentId is { } parent ? FindDepartment(parent) : null)
        {
            yield return d;
        }
    }

    /// <summary>Every department under the agency's root, parents before children, siblings by code.</summary>
    public IEnumerable<Department> TreeOrder()
    {
        var children = departments.Values.ToLookup(d => d.ParentId);
        var stack = new Stack<Department>(children[null].OrderByDescending(d => d.Code, StringComparer.Ordinal));
        while (stack.TryPop(out var department))
        {
            yield return department;
            foreach (var child in children[department.Id].OrderByDescending(d => d.Code, StringComparer.Ordinal))
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Everyone under a department, at any depth (a department may not move beneath one of these).</summary>
    public IReadOnlySet<Guid> Descendants(Guid departmentId)
    {
        var children = departments.Values.ToLookup(d => d.ParentId);
        var found = new HashSet<Guid>();
        var queue = new Queue<Guid>([departmentId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(c => found.Add(c.Id)))
            {
                queue.Enqueue(child.Id);
            }
        }

        return found;
    }

    /// <summary>Officials serving in the department on the day (on leave included, departed not), the head first.</summary>
    public IReadOnlyList<Official> MembersOf(Department department) =>
        [.. officials.Values.Where(o => o.DepartmentId == department.Id && !o.HasDeparted(Day))
            .OrderBy(o => IsHead(o) ? 0 : 1).ThenBy(o => o.EmployeeNumber, StringComparer.Ordinal)];

    /// <summary>Who heads the department: the serving official in its head post; null when the post is vacant.</summary>
    public Official? HeadOf(Department department) => MembersOf(department).FirstOrDefault(IsHead);

    public bool IsHead(Official official) =>
        !official.HasDeparted(Day) && FindDepartment(official.DepartmentId) is { } d && d.HeadPostCode == official.PostCode;

    /// <summary>The leave the official is on that day, or null.</summary>
    public Leave? LeaveOf(Official official) => leaves[official.Id].FirstOrDefault(l => l.Covers(Day));

    /// <summary>Every leave recorded for the official, latest first.</summary>
    public IEnumerable<Leave> LeavesOf(Official official) => leaves[official.Id].OrderByDescending(l => l.From);

    public OfficialStatus StatusOf(Official official) =>
        official.HasDeparted(Day) ? OfficialStatus.Departed : LeaveOf(official) is null ? OfficialStatus.Serving : OfficialStatus.OnLeave;

    public OfficialCard Card(Official official) => new(
        official.EmployeeNumber, official.Name, official.AgencyCode, official.DepartmentId, official.PostCode, official.GradeCode,
        StatusOf(official), IsHead(official));

    public static DepartmentCard Card(Department department) => new(
        department.Id, department.AgencyCode, department.ParentId, department.Code, department.Names, department.HeadPostCode);
}
