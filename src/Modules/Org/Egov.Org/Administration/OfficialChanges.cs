using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Administration;

/// <summary>
/// Appointment, transfer and departure of an agency's officials, each written with its line of history in one save.
/// A department has at most one head: appointing or transferring someone into an occupied head post is refused, so
/// final authority never has two answers.
/// </summary>
internal sealed class OfficialChanges(OrgDbContext db, CountryPack pack, TimeProvider time)
{
    public async Task<OrgChange> AppointAsync(
        string agencyCode, string? employeeNumber, string? name, Guid departmentId, string? post, string? grade, DateOnly on, string recordedBy,
        CancellationToken cancellationToken)
    {
        employeeNumber = employeeNumber?.Trim();
        name = name?.Trim();
        if (string.IsNullOrEmpty(employeeNumber) || employeeNumber.Length > 64)
        {
            return OrgChange.Refused("org.error.employeeNumber", "EmployeeNumber");
        }

        if (await db.Officials.AnyAsync(o => o.EmployeeNumber == employeeNumber, cancellationToken))
        {
            return OrgChange.Refused("org.error.duplicateEmployeeNumber", "EmployeeNumber");
        }

        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return OrgChange.Refused("org.error.name", "Name");
        }

        if (await PlacementErrorAsync(agencyCode, null, departmentId, post, grade, cancellationToken) is { } refused)
        {
            return refused;
        }

        var official = new Official
        {
            Id = Guid.NewGuid(), EmployeeNumber = employeeNumber, Name = name, AgencyCode = agencyCode, DepartmentId = departmentId,
            PostCode = post!, GradeCode = grade!,
        };
        db.Officials.Add(official);
        Record(official, OfficialEventKind.Appointment, on, recordedBy);
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(official.Id);
    }

    public async Task<OrgChange> TransferAsync(
        Official official, Guid departmentId, string? post, string? grade, DateOnly on, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        if (official.DepartedOn is not null)
        {
            return OrgChange.Refused("org.error.departed", "Department");
        }

        if (await PlacementErrorAsync(official.AgencyCode, official.Id, departmentId, post, grade, cancellationToken) is { } refused)
        {
            return refused;
        }

        official.DepartmentId = departmentId;
        official.PostCode = post!;
        official.GradeCode = grade!;
        Record(official, OfficialEventKind.Transfer, on, recordedBy);
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(official.Id);
    }

    public async Task<OrgChange> DepartAsync(Official official, DateOnly on, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        if (official.DepartedOn is not null)
        {
            return OrgChange.Refused("org.error.departed", "DepartedOn");
        }

        official.DepartedOn = on;
        db.History.Add(new OfficialEvent
        {
            Id = Guid.NewGuid(), OfficialId = official.Id, Kind = OfficialEventKind.Departure, On = on, RecordedBy = recordedBy, RecordedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(official.Id);
    }

    private async Task<OrgChange?> PlacementErrorAsync(
        string agencyCode, Guid? officialId, Guid departmentId, string? post, string? grade, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId && d.AgencyCode == agencyCode, cancellationToken);
        if (department is null)
        {
            return OrgChange.Refused("org.error.unknownDepartment", "Department");
        }

        if (post is null || pack.Org.FindPost(post) is null)
        {
            return OrgChange.Refused("org.error.post", "Post");
        }

        if (grade is null || pack.Org.FindGrade(grade) is null)
        {
            return OrgChange.Refused("org.error.grade", "Grade");
        }

        var headTaken = post == department.HeadPostCode && await db.Officials.AnyAsync(
            o => o.DepartmentId == departmentId && o.PostCode == post && o.DepartedOn == null && o.Id != officialId, cancellationToken);
        return headTaken ? OrgChange.Refused("org.error.headTaken", "Post") : null;
    }

    private void Record(Official official, OfficialEventKind kind, DateOnly on, string recordedBy) =>
        db.History.Add(new OfficialEvent
        {
            Id = Guid.NewGuid(), OfficialId = official.Id, Kind = kind, On = on, DepartmentId = official.DepartmentId, PostCode = official.PostCode,
            GradeCode = official.GradeCode, RecordedBy = recordedBy, RecordedAt = time.GetUtcNow().UtcDateTime,
        });
}
