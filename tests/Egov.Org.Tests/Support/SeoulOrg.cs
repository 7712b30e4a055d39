using Egov.Org.Domain;
using Egov.Platform.Packs;

namespace Egov.Org.Tests.Support;

/// <summary>
/// A small agency built in memory, as the demo's Seoul tree: SEOUL (agency head) → WELFARE (office head) →
/// WELFARE-POLICY, SENIOR-WELFARE (division heads, the latter vacant); SEOUL → FINANCE (bureau head) → BUDGET.
/// </summary>
internal sealed class SeoulOrg
{
    public static readonly DateOnly Day = new(2026, 12, 7);

    private readonly List<Department> departments = [];
    private readonly List<Official> officials = [];
    private readonly List<Leave> leaves = [];

    public SeoulOrg()
    {
        Seoul = Department("SEOUL", null, "agency-head");
        Welfare = Department("WELFARE", Seoul, "office-head");
        WelfarePolicy = Department("WELFARE-POLICY", Welfare, "division-head");
        SeniorWelfare = Department("SENIOR-WELFARE", Welfare, "division-head");
        Finance = Department("FINANCE", Seoul, "bureau-head");
        Budget = Department("BUDGET", Finance, "division-head");
        Mayor = Official("MAYOR", Seoul, "agency-head");
        OfficeHead = Official("OFFICE-HEAD", Welfare, "office-head");
        DivisionHead = Official("DIVISION-HEAD", WelfarePolicy, "division-head");
        TeamLeader = Official("TEAM-LEADER", WelfarePolicy, "team-leader");
        Staff = Official("STAFF", WelfarePolicy, "staff");
        BureauHead = Official("BUREAU-HEAD", Finance, "bureau-head");
    }

    public static OrgSettings Settings { get; } = Org.Tests.Support.KrPack.Load().Org;

    public Department Seoul { get; }

    public Department Welfare { get; }

    public Department WelfarePolicy { get; }

    public Department SeniorWelfare { get; }

    public Department Finance { get; }

    public Department Budget { get; }

    public Official Mayor { get; }

    public Official OfficeHead { get; }

    public Official DivisionHead { get; }

    public Official TeamLeader { get; }

    public Official Staff { get; }

    public Official BureauHead { get; }

    public OrgChart Chart(DateOnly? day = null) => new(departments, officials, leaves, day ?? Day);

    public Leave Away(Official official, DateOnly from, DateOnly to, Official deputy)
    {
        var leave = new Leave { Id = Guid.NewGuid(), OfficialId = official.Id, From = from, To = to, DeputyId = deputy.Id };
        leaves.Add(leave);
        return leave;
    }

    private Department Department(string code, Department? parent, string head)
    {
        var department = new Department { Id = Guid.NewGuid(), AgencyCode = "6110000", Code = code, ParentId = parent?.Id, HeadPostCode = head, Names = new() { ["ko"] = code } };
        departments.Add(department);
        return department;
    }

    private Official Official(string number, Department department, string post)
    {
        var official = new Official { Id = Guid.NewGuid(), EmployeeNumber = number, Name = number, AgencyCode = "6110000", DepartmentId = department.Id, PostCode = post, GradeCode = "grade-5" };
        officials.Add(official);
        return official;
    }
}
