using Egov.Org.Data;
using Egov.Org.Directory;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Demo;

/// <summary>
/// In a demo deployment only, builds the pack's demo organisation: departments (<c>demo/org.yaml</c>), the officials of
/// <c>demo/officials.yaml</c> placed in them with an appointment in their history, and each demo agency's delegation
/// table adopted from the pack's default. Runs after every migration: what is already there is left as it is.
/// </summary>
internal sealed class DemoOrgSeeder(OrgDbContext db, DelegationTables tables, CountryPack pack, TimeProvider time) : IDataSeeder
{
    public const string Recorder = "system:org";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo || pack.Demo is not { } demo || demo.Departments.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = pack.Today(time);
        var departments = await db.Departments.ToDictionaryAsync(d => (d.AgencyCode, d.Code), cancellationToken);
        foreach (var entry in demo.Departments.Where(d => !departments.ContainsKey((d.Agency, d.Code))))
        {
            var department = new Department
            {
                Id = Guid.NewGuid(), AgencyCode = entry.Agency, Code = entry.Code, Names = new Dictionary<string, string>(entry.Names),
                HeadPostCode = entry.HeadPost, ParentId = entry.Parent is { } parent ? departments[(entry.Agency, parent)].Id : null, CreatedAt = now,
            };
            departments[(entry.Agency, entry.Code)] = department;
            db.Departments.Add(department);
        }

        var known = await db.Officials.Select(o => o.EmployeeNumber).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        foreach (var entry in demo.Officials.Where(o => o.Department is not null && !known.Contains(o.EmployeeNumber)))
        {
            var official = new Official
            {
                Id = Guid.NewGuid(), EmployeeNumber = entry.EmployeeNumber, Name = entry.Name ?? demo.People.Single(p => p.Key == entry.Person).Name,
                AgencyCode = entry.Agency, DepartmentId = departments[(entry.Agency, entry.Department!)].Id, PostCode = entry.Post!, GradeCode = entry.Grade!,
            };
            db.Officials.Add(official);
            db.History.Add(new OfficialEvent
            {
                Id = Guid.NewGuid(), OfficialId = official.Id, Kind = OfficialEventKind.Appointment, On = today, DepartmentId = official.DepartmentId,
                PostCode = official.PostCode, GradeCode = official.GradeCode, RecordedBy = Recorder, RecordedAt = now,
            });
        }

        foreach (var agency in demo.Departments.Select(d => d.Agency).Distinct())
        {
            await tables.AdoptAsync(agency, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
