using Egov.Benefits.Rules;

namespace Egov.Benchmarks.Benefits;

/// <summary>
/// Rule contexts of a seeded random population shaped like Korea's (2024 age pyramid by five-year band, couples,
/// children, young adults living with their parents or not), four in ten with declared facts, so every rule of the kr
/// pack both grants and refuses and some conditions meet a missing fact.
/// </summary>
internal static class SyntheticPopulation
{
    /// <summary>Residents in millions per five-year band, 0–4 to 90+ (Statistics Korea, 2024, rounded).</summary>
    private static readonly double[] Pyramid = [1.24, 1.80, 2.30, 2.25, 2.60, 3.30, 3.55, 3.30, 3.80, 3.95, 4.35, 4.15, 4.25, 3.40, 2.40, 1.75, 1.30, 0.70, 0.30];

    private static readonly double PyramidTotal = Pyramid.Sum();

    private static readonly string[] Regions = ["11", "26", "27", "28", "29", "30", "31", "36", "41", "43", "44", "46", "47", "48", "50", "51", "52"];

    public static PersonContext[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var people = new PersonContext[count];
        for (var i = 0; i < count; i++)
        {
            people[i] = Person(random);
        }

        return people;
    }

    private static PersonContext Person(Random random)
    {
        var months = AgeInMonths(random);
        var years = months / 12;
        var married = years >= 25 && random.NextDouble() < (years < 35 ? 0.35 : years < 75 ? 0.7 : 0.45);
        var children = years >= 22 ? Children(random, years) : [];
        var household = new List<Member>();
        if (years < 19 || (years <= 34 && random.NextDouble() < 0.5))
        {
            var parents = random.NextDouble() < 0.85 ? 2 : 1;
            for (var p = 0; p < parents; p++)
            {
                household.Add(Member(random, years + 24 + random.Next(12), isParent: true, isChild: false));
            }
        }
        else if (married)
        {
            household.Add(Member(random, Math.Max(19, years - 5 + random.Next(10)), isParent: false, isChild: false));
        }

        household.AddRange(children.Where(c => c.AgeYears <= 25 && random.NextDouble() < 0.8).Select(c => c with { IsChild = true }));
        var declares = random.NextDouble() < 0.4;
        return new PersonContext
        {
            AgeYears = years,
            AgeMonths = months,
            Sex = random.Next(2) == 0 ? "male" : "female",
            RegionCode = Regions[random.Next(Regions.Length)],
            Married = married,
            BirthOrder = 1 + random.Next(3),
            Children = children,
            Household = household,
            IncomePercentOfMedian = declares ? random.Next(0, 250) : null,
            MonthlyIncome = declares && random.NextDouble() < 0.8 ? random.Next(0, 4_000_000) : null,
            Disabled = declares && random.NextDouble() < 0.5 ? random.NextDouble() < 0.1 : null,
            SevereDisability = declares && random.NextDouble() < 0.5 ? random.NextDouble() < 0.05 : null,
            InDaycare = declares && years < 8 ? random.NextDouble() < 0.6 : null,
            Student = declares && years is >= 18 and <= 27 ? random.NextDouble() < 0.5 : null,
            MonthlyRent = declares && random.NextDouble() < 0.6 ? random.Next(0, 900) * 1_000L : null,
            LivelihoodRecipient = declares ? random.NextDouble() < 0.1 : null,
        };
    }

    private static int AgeInMonths(Random random)
    {
        var draw = random.NextDouble() * PyramidTotal;
        var band = 0;
        while (band < Pyramid.Length - 1 && draw >= Pyramid[band])
        {
            draw -= Pyramid[band++];
        }

        return (band * 5 * 12) + random.Next(5 * 12);
    }

    /// <summary>None to three children, born when the parent was 20 or older, oldest first.</summary>
    private static Member[] Children(Random random, int parentYears)
    {
        var draw = random.NextDouble();
        var count = draw < 0.3 ? 0 : draw < 0.55 ? 1 : draw < 0.9 ? 2 : 3;
        return [.. Enumerable.Range(0, count).Select(_ => Member(random, random.Next(Math.Min(parentYears - 20, 40) + 1), false, false)).OrderByDescending(c => c.AgeMonths)];
    }

    private static Member Member(Random random, int years, bool isParent, bool isChild)
    {
        var months = (years * 12) + random.Next(12);
        return new Member(months / 12, months, isParent, isChild);
    }
}
