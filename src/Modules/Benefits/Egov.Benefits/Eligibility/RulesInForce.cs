using Egov.Benefits.Rules;

namespace Egov.Benefits.Eligibility;

/// <summary>
/// The benefits in force on one date with their versions resolved: what a population run calls for each person.
/// Arrays and an indexed loop: nothing is allocated or looked up per person but the grants themselves.
/// </summary>
internal sealed class RulesInForce(CompiledBenefit[] benefits, CompiledPeriod[] periods)
{
    /// <summary>Calls <paramref name="granted"/> for each benefit whose conditions all hold, with its amount (null when the agency fixes it).</summary>
    public void Grant(PersonContext context, Action<CompiledBenefit, decimal?> granted)
    {
        for (var i = 0; i < periods.Length; i++)
        {
            if (periods[i].Holds(context))
            {
                granted(benefits[i], periods[i].AmountFor(context));
            }
        }
    }
}
