using System.Security.Cryptography;
using System.Text;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Planning;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Demo;

/// <summary>
/// Makes the pack's demo inspection plans (<c>demo/field.yaml</c>) for this year, due the given days after seeding,
/// under ids derived from their keys: a plan already there is left as it is. Runs after the registers' demo seeder,
/// whose buildings it assigns.
/// </summary>
internal sealed class DemoPlanSeeder(FieldDbContext db, InspectionPlans plans, CountryPack pack, TimeProvider time) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in pack.Demo?.InspectionPlans ?? [])
        {
            var id = PlanId(demo.Key);
            if (await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
            {
                continue;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var today = pack.Today(time);
            var plan = new InspectionPlan
            {
                Id = id, ClientId = id, AgencyCode = demo.Agency, TemplateCode = demo.Template, RegionCode = demo.Region, BuildingUse = demo.Use,
                Year = today.Year, DueOn = today.AddDays(demo.DueInDays), CreatedBy = "system:field-demo", CreatedAt = now,
            };
            await plans.AssignAsync(plan, demo.Inspectors, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Guid PlanId(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"egov-field/{pack.Code}/plan/{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
