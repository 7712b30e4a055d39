using Egov.Org.Data;
using Egov.Org.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Org.Administration;

/// <summary>
/// Records a leave with the deputy who acts meanwhile (대결), and its early end. The deputy is a serving official of the
/// same agency and not the absentee: an approval must never fall to someone outside the agency, nor back to the person away.
/// </summary>
internal sealed class LeaveChanges(OrgDbContext db, CountryPack pack, TimeProvider time)
{
    public async Task<OrgChange> RecordAsync(
        Official official, DateOnly? from, DateOnly? to, string? deputyNumber, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        if (official.DepartedOn is not null)
        {
            return OrgChange.Refused("org.error.departed", "From");
        }

        if (from is not { } first || to is not { } last)
        {
            return OrgChange.Refused("org.error.dates", "From");
        }

        if (last < first)
        {
            return OrgChange.Refused("org.error.leaveEndsBeforeItStarts", "To");
        }

        var deputy = await db.Officials.AsNoTracking().FirstOrDefaultAsync(o => o.EmployeeNumber == deputyNumber, cancellationToken);
        if (deputy is null || deputy.AgencyCode != official.AgencyCode || deputy.DepartedOn is not null)
        {
            return OrgChange.Refused("org.error.deputy", "Deputy");
        }

        if (deputy.Id == official.Id)
        {
            return OrgChange.Refused("org.error.deputySelf", "Deputy");
        }

        var overlapping = await db.Leaves.AnyAsync(
            l => l.OfficialId == official.Id && l.From <= last && first <= l.To && (l.ReturnedOn == null || first < l.ReturnedOn), cancellationToken);
        if (overlapping)
        {
            return OrgChange.Refused("org.error.leaveOverlaps", "From");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var leave = new Leave { Id = Guid.NewGuid(), OfficialId = official.Id, From = first, To = last, DeputyId = deputy.Id, RecordedAt = now };
        db.Leaves.Add(leave);
        db.History.Add(new OfficialEvent
        {
            Id = Guid.NewGuid(), OfficialId = official.Id, Kind = OfficialEventKind.Leave, On = first, Until = last, DeputyId = deputy.Id,
            RecordedBy = recordedBy, RecordedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(leave.Id);
    }

    /// <summary>Ends a leave today (a leave not yet begun is called off: it ends on its first day, before it covers any).</summary>
    public async Task<OrgChange> EndAsync(Official official, Guid leaveId, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        var today = pack.Today(time);
        var leave = await db.Leaves.FirstOrDefaultAsync(l => l.Id == leaveId && l.OfficialId == official.Id, cancellationToken);
        if (leave is null || leave.ReturnedOn is not null || leave.To < today)
        {
            return OrgChange.Refused("org.error.leaveNotOpen", "Leave");
        }

        var back = leave.From > today ? leave.From : today;
        leave.ReturnedOn = back;
        db.History.Add(new OfficialEvent
        {
            Id = Guid.NewGuid(), OfficialId = official.Id, Kind = OfficialEventKind.Return, On = back, RecordedBy = recordedBy, RecordedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return OrgChange.Done(leave.Id);
    }
}
