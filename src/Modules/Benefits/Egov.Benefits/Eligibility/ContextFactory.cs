using System.Globalization;
using Egov.Benefits.Rules;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Eligibility;

/// <summary>Builds the context rules read from the register's situation, and the declared facts.</summary>
internal static class ContextFactory
{
    private static readonly IReadOnlyDictionary<string, string> NoFacts = new Dictionary<string, string>();

    public static PersonContext Create(PersonSituation s, DateOnly asOf, IReadOnlyDictionary<string, string>? facts)
    {
        ArgumentNullException.ThrowIfNull(s);
        facts ??= NoFacts;
        var months = Ages.InFullMonths(s.BirthDate, asOf);
        return new PersonContext
        {
            AgeYears = months / 12,
            AgeMonths = months,
            Sex = s.Sex,
            RegionCode = s.RegionCode ?? "",
            Married = s.HasSpouse,
            BirthOrder = s.BirthOrder,
            Children = Children(s.Children, asOf),
            Household = Household(s.Household, asOf),
            IncomePercentOfMedian = Int(facts, nameof(PersonContext.IncomePercentOfMedian)),
            MonthlyIncome = Long(facts, nameof(PersonContext.MonthlyIncome)),
            Disabled = Bool(facts, nameof(PersonContext.Disabled)),
            SevereDisability = Bool(facts, nameof(PersonContext.SevereDisability)),
            InDaycare = Bool(facts, nameof(PersonContext.InDaycare)),
            Student = Bool(facts, nameof(PersonContext.Student)),
            MonthlyRent = Long(facts, nameof(PersonContext.MonthlyRent)),
            LivelihoodRecipient = Bool(facts, nameof(PersonContext.LivelihoodRecipient)),
        };
    }

    // Loops, not LINQ: a population run makes a context for every resident, and the iterators were much of what it allocated.
    private static Member[] Children(IReadOnlyList<DateOnly> births, DateOnly asOf)
    {
        var born = 0;
        for (var i = 0; i < births.Count; i++)
        {
            born += births[i] <= asOf ? 1 : 0;
        }

        var children = born == 0 ? [] : new Member[born];
        var c = 0;
        for (var i = 0; i < births.Count; i++)
        {
            if (births[i] <= asOf)
            {
                children[c++] = Member(births[i], asOf, false, true);
            }
        }

        return children;
    }

    private static Member[] Household(IReadOnlyList<HouseholdMate> mates, DateOnly asOf)
    {
        var born = 0;
        for (var i = 0; i < mates.Count; i++)
        {
            born += mates[i].BirthDate <= asOf ? 1 : 0;
        }

        var household = born == 0 ? [] : new Member[born];
        var h = 0;
        for (var i = 0; i < mates.Count; i++)
        {
            var mate = mates[i];
            if (mate.BirthDate <= asOf)
            {
                household[h++] = Member(mate.BirthDate, asOf, mate.IsParent, mate.IsChild);
            }
        }

        return household;
    }

    private static Member Member(DateOnly birthDate, DateOnly asOf, bool isParent, bool isChild)
    {
        var months = Ages.InFullMonths(birthDate, asOf);
        return new Member(months / 12, months, isParent, isChild);
    }

    private static int? Int(IReadOnlyDictionary<string, string> facts, string name) =>
        facts.TryGetValue(name, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static long? Long(IReadOnlyDictionary<string, string> facts, string name) =>
        facts.TryGetValue(name, out var v) && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;

    private static bool? Bool(IReadOnlyDictionary<string, string> facts, string name) =>
        facts.TryGetValue(name, out var v) && bool.TryParse(v, out var b) ? b : null;
}
