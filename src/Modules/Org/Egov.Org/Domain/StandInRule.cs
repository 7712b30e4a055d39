using Egov.Org.Contracts;

namespace Egov.Org.Domain;

/// <summary>
/// Who acts for an official on a day (대결). Present: themself. On leave: the deputy named for the leave; if the deputy
/// is away too, their own deputy, once more and no further, never someone already asked (a cycle of deputies ends the
/// search). When that finds nobody present (every deputy away or departed), nobody stands in: the absent official is
/// returned as acting with <see cref="StandIn.IsProxy"/> false and their card says on leave, so the caller holds the
/// document rather than let someone unnamed decide. A departed official is returned the same way, status departed:
/// nobody inherits their authority; the post's new holder does.
/// </summary>
internal static class StandInRule
{
    /// <summary>At most this many deputies are followed: the named deputy, and theirs once more.</summary>
    public const int MaxHops = 2;

    public static StandIn Resolve(OrgChart chart, Official official)
    {
        var card = chart.Card(official);
        if (official.HasDeparted(chart.Day))
        {
            return new StandIn(card, card, IsProxy: false);
        }

        var asked = new HashSet<Guid> { official.Id };
        var current = official;
        for (var hop = 0; hop < MaxHops && chart.LeaveOf(current) is { } leave; hop++)
        {
            if (chart.FindOfficial(leave.DeputyId) is not { } deputy || !asked.Add(deputy.Id) || deputy.HasDeparted(chart.Day))
            {
                break;
            }

            if (chart.StatusOf(deputy) == OfficialStatus.Serving)
            {
                return new StandIn(card, chart.Card(deputy), IsProxy: true);
            }

            current = deputy;
        }

        return new StandIn(card, card, IsProxy: false);
    }
}
