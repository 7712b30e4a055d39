using Egov.Benefits.Data;
using Egov.Benefits.LifeEvents;
using Egov.Platform.Jobs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Offers;

/// <summary>
/// Makes the queued offers (and, for a move, tells the agencies) every two seconds (one host copy at a time: the job is leased in the database) and tells the
/// people concerned. Each person's offers are saved with their request marked done, so a crash between two people
/// loses nothing and repeats nothing.
/// </summary>
internal sealed class OfferRequestRunner(IServiceScopeFactory scopes) : IRecurringJob
{
    private const int Batch = 200;

    public string Name => "benefits.offers";

    public TimeSpan Interval => TimeSpan.FromSeconds(2);

    public async Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenefitsDbContext>();
        var offers = scope.ServiceProvider.GetRequiredService<ProactiveOffers>();
        var notices = scope.ServiceProvider.GetRequiredService<OfferNotices>();
        var moving = scope.ServiceProvider.GetRequiredService<MovingBundle>();
        var pending = await db.OfferRequests.Where(r => r.DoneAt == null).OrderBy(r => r.RequestedAt).Take(Batch).ToListAsync(cancellationToken);
        foreach (var request in pending)
        {
            var made = await offers.OfferAsync(new ResidentId(request.ResidentId), request.Trigger, request.AsOf, cancellationToken);
            if (request.Trigger == MovingNotices.Trigger)
            {
                // The agencies are told in the same transaction that marks the move done: once, whatever crashes.
                await moving.RouteAsync(new ResidentId(request.ResidentId), request.Key!, request.AsOf, cancellationToken);
            }

            request.DoneAt = occurrence;
            await db.SaveChangesAsync(cancellationToken);
            // Told after the offers are saved: a notice never points at offers that are not there. A notice lost to a
            // crash here is not sent again; the offers still show on the person's page.
            foreach (var person in made.Count == 0 ? [] : request.Notify.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                await notices.SendAsync(new ResidentId(Guid.Parse(person)), request.Trigger, request.AsOf, cancellationToken);
            }
        }
    }
}
