using Egov.Benefits.Data;
using Egov.Benefits.Offers;
using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Registries.LifeEvents;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>Steps the benefits journeys share: a birth registered for the Parks, and waiting for the offers it prompts.</summary>
internal static class BenefitsJourney
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Guid Resident(string key) => StableId.For("kr", "resident", key);

    /// <summary>A daughter born to 박지훈 and 응우옌티란 on <paramref name="bornOn"/>; her resident id.</summary>
    public static async Task<Guid> RegisterBirthAsync(EgovHostFactory host, DateOnly bornOn)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BirthRegistration>().RecordAsync(
            new BirthReport(Resident("park-jihoon"), Resident("nguyen-thilan"), "박서준", "Park Seojun", bornOn, Sex.Female), "account:test", Ct);
        Assert.True(result.Succeeded, string.Join(", ", result.Violations));
        return result.ResidentId!.Value;
    }

    /// <summary>The person's offers once some are made and every queued person was judged (and so told).</summary>
    public static async Task<List<Offer>> OffersForAsync(EgovHostFactory host, Guid person)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
            var offers = await db.Offers.AsNoTracking().Where(o => o.BeneficiaryId == person).ToListAsync(Ct);
            var waiting = await db.OfferRequests.AnyAsync(r => r.DoneAt == null, Ct);
            if ((offers.Count > 0 && !waiting) || DateTime.UtcNow > deadline)
            {
                return offers;
            }

            await Task.Delay(200, Ct);
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds over the benefits' tables, or the patience runs out; whether it held.</summary>
    public static async Task<bool> EventuallyAsync(EgovHostFactory host, Func<BenefitsDbContext, Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = host.Services.CreateAsyncScope();
            if (await done(scope.ServiceProvider.GetRequiredService<BenefitsDbContext>()))
            {
                return true;
            }

            await Task.Delay(200, Ct);
        }

        return false;
    }
}
