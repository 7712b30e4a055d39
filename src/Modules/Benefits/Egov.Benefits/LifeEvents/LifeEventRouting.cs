using Egov.Benefits.Rules;
using Egov.Platform.Packs;

namespace Egov.Benefits.LifeEvents;

/// <summary>
/// The pack's life-event routes with their conditions compiled once (a condition that does not compile stops the host
/// at start-up, naming file and line), and the agency each route reaches for a person.
/// </summary>
internal sealed class LifeEventRouting
{
    private readonly Dictionary<LifeEventRoute, CompiledCondition?> conditions = [];
    private readonly CountryPack pack;

    public LifeEventRouting(CountryPack pack)
    {
        this.pack = pack;
        var errors = new List<string>();
        foreach (var route in pack.LifeEvents.Moving.Concat(pack.LifeEvents.Bereavement))
        {
            CompiledCondition? condition = null;
            if (route.When is { } when)
            {
                (condition, var error) = RuleCompiler.Condition(new BenefitCondition(route.Service, when, new Dictionary<string, string>(), (int)route.Line));
                if (error is not null)
                {
                    errors.Add($"{LifeEventRoute.File}:{route.Line}: {route.Service}.when: {error}");
                }
            }

            conditions[route] = condition;
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The pack's life-event routes do not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    /// <summary>The routes that apply to the person (a condition whose fact is missing does not), each with its agency; unresolvable ones left out.</summary>
    public IEnumerable<(LifeEventRoute Route, string Agency)> For(IEnumerable<LifeEventRoute> routes, PersonContext? person, string? regionCode)
    {
        foreach (var route in routes)
        {
            if (conditions[route] is { } condition && (person is null || condition.Check(person) != ConditionResult.Met))
            {
                continue;
            }

            if ((route.Agency == LifeEventRoute.RegionAgency ? RegionalAgency(regionCode) : route.Agency) is { } agency)
            {
                yield return (route, agency);
            }
        }
    }

    /// <summary>The services of <paramref name="routes"/> that reach <paramref name="agency"/>, for the person's page.</summary>
    public static IEnumerable<LifeEventRoute> ReachingAgency(IEnumerable<LifeEventRoute> routes, string agency, IReadOnlyList<Agency> agencies) =>
        routes.Where(r => r.Agency == agency || (r.Agency == LifeEventRoute.RegionAgency && agencies.Any(a => a.Code == agency && a.RegionCode is not null)));

    /// <summary>The local government of the region or of the nearest enclosing region that has one.</summary>
    private string? RegionalAgency(string? regionCode)
    {
        for (var region = regionCode is null ? null : pack.Regions.Find(regionCode); region is not null; region = region.ParentCode is null ? null : pack.Regions.Find(region.ParentCode))
        {
            if (pack.Agencies.FirstOrDefault(a => a.RegionCode == region.Code) is { } agency)
            {
                return agency.Code;
            }
        }

        return null;
    }
}
