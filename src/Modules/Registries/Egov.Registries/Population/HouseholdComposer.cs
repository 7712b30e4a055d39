using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// Builds one household of a given number of living members from the pack's settings: a person alone (older
/// ones often widowed), a couple, a couple or a single parent with children, or three generations. Every child
/// is born when each parent is within <see cref="MarriageSettings.ParentAgeAtBirth"/>, after the marriage and
/// before the reference date; the dead die after they were born and no older than the oldest age.
/// </summary>
internal sealed class HouseholdComposer(PopulationSettings settings, NameFactory names, AgePicker ages, string countryCode, DateOnly asOf)
{
    /// <summary>Two-person households that are couples; the rest are a parent and a child.</summary>
    private const double CoupleShareOfTwo = 0.65;
    private const double SingleParentShare = 0.08;
    private const double HusbandIsHeadShare = 0.8;
    private const int OldestChildAtHome = 35;
    private const double EmptyNestShare = 0.5;
    private const int EmptyNestFromAge = 50;

    private readonly MarriageSettings marriage = settings.Marriage;

    /// <summary>The earliest birth date of anyone generated, the dead included (their identifiers need a century).</summary>
    public DateOnly Earliest { get; } = asOf.AddYears(-settings.MaxAge - 20);
    private PersonName surname = new("", "");

    public void Compose(Household household, int size, SeededRandom random)
    {
        household.Reset();
        household.Foreign = random.Chance(settings.ForeignNationals.Share);
        household.Nationality = household.Foreign ? names.Nationality(random).Code : countryCode;
        surname = names.Surname(random);
        var nationality = household.Foreign ? settings.ForeignNationals.Nationalities.First(n => n.Value.Code == household.Nationality).Value : null;
        if (size == 1)
        {
            Alone(household, random);
        }
        else if (size == 2 && random.Chance(CoupleShareOfTwo))
        {
            Family(household, 0, random);
        }
        else if (size == 2 || random.Chance(SingleParentShare))
        {
            SingleParent(household, size - 1, random);
        }
        else if (random.Chance(settings.ThreeGenerationShare))
        {
            Family(household, size - 3, random);
            AddParentOfHusband(household, random);
        }
        else
        {
            Family(household, size - 2, random);
        }

        Name(household, nationality, random);
    }

    private void Alone(Household household, SeededRandom random)
    {
        var age = ages.Age(random, 19, ages.MaxAge);
        var person = household.Add(Relation.Head, ages.BornAt(random, age), random.Chance(0.5) ? Sex.Male : Sex.Female);
        if (age >= marriage.WidowedFromAge && random.Chance(settings.WidowedShare))
        {
            var spouse = AddSpouseOf(household, 0, random);
            var married = MarriageDate(household, 0, spouse, random);
            household.FormedOn = married;
            person.Joined = married;
            household.Members[spouse].Joined = married;
            Die(household, spouse, married.AddDays(365), random);
            return;
        }

        household.FormedOn = random.Day(person.Born.AddYears(19), Min(asOf, person.Born.AddYears(35)));
        person.Joined = household.FormedOn;
    }

    /// <summary>A married couple with <paramref name="children"/> children; the husband or the wife heads it.</summary>
    private void Family(Household household, int children, SeededRandom random)
    {
        if (children == 0)
        {
            // Couples without children at home are mostly past raising them.
            var youngest = random.Chance(EmptyNestShare) ? EmptyNestFromAge : marriage.WifeAge.Min;
            var wifeAge = ages.Age(random, youngest, ages.MaxAge - Math.Max(0, marriage.HusbandOlderBy.Max));
            var wifeBorn = ages.BornAt(random, wifeAge);
            AddCouple(household, wifeBorn, random);
            var wedding = MarriageDate(household, 0, 1, random);
            household.FormedOn = wedding;
            household.Members[0].Joined = household.Members[1].Joined = wedding;
            return;
        }

        var eldestAge = ages.Age(random, children - 1, OldestChildAtHome);
        var eldestBorn = ages.BornAt(random, eldestAge);
        var motherAge = random.Between(marriage.MotherAgeAtBirth.Min, Math.Max(marriage.MotherAgeAtBirth.Min, marriage.MotherAgeAtBirth.Max - children + 1));
        var motherBorn = AgePicker.BornBefore(random, eldestBorn, motherAge);
        var fatherAge = Math.Clamp(motherAge + random.Between(marriage.HusbandOlderBy.Min, marriage.HusbandOlderBy.Max), marriage.ParentAgeAtBirth.Min, marriage.ParentAgeAtBirth.Max);
        var fatherBorn = AgePicker.BornBefore(random, eldestBorn, fatherAge);
        var husbandHeads = random.Chance(HusbandIsHeadShare);
        household.Add(Relation.Head, husbandHeads ? fatherBorn : motherBorn, husbandHeads ? Sex.Male : Sex.Female);
        household.Add(Relation.Spouse, husbandHeads ? motherBorn : fatherBorn, husbandHeads ? Sex.Female : Sex.Male);
        var (mother, father) = husbandHeads ? (1, 0) : (0, 1);
        var lower = Max(motherBorn.AddYears(marriage.ParentAgeAtBirth.Min), fatherBorn.AddYears(marriage.ParentAgeAtBirth.Min));
        var married = Min(eldestBorn, Max(lower, eldestBorn.AddDays(-random.Below(3 * 365))));
        household.FormedOn = married;
        household.Members[0].Joined = household.Members[1].Joined = married;
        household.Couples.Add(new Couple(0, 1, married, null));
        AddChildren(household, mother, father, eldestBorn, children, random);
    }

    /// <summary>A parent alone with children: the other parent divorced (not listed) or dead (listed, with the date).</summary>
    private void SingleParent(Household household, int children, SeededRandom random)
    {
        Family(household, children, random);
        var absent = 1;
        if (random.Chance(0.5))
        {
            // Divorced: the other parent lives elsewhere and is not part of this file set's household.
            household.Remove(absent);
            household.Couples.Clear();
            foreach (var child in household.Members.Skip(1))
            {
                child.Mother = child.Mother == 0 ? 0 : -1;
                child.Father = child.Father == 0 ? 0 : -1;
            }

            return;
        }

        var youngest = household.Members[^1].Born;
        Die(household, absent, youngest, random);
    }

    private void AddChildren(Household household, int mother, int father, DateOnly eldestBorn, int children, SeededRandom random)
    {
        var motherLast = household.Members[mother].Born.AddYears(marriage.MotherAgeAtBirth.Max + 1).AddDays(-1);
        var fatherLast = household.Members[father].Born.AddYears(marriage.ParentAgeAtBirth.Max + 1).AddDays(-1);
        var last = Min(asOf, Min(motherLast, fatherLast));
        Span<int> days = stackalloc int[children];
        days[0] = eldestBorn.DayNumber;
        for (var i = 1; i < children; i++)
        {
            days[i] = random.Day(eldestBorn, last).DayNumber;
        }

        days.Sort();
        foreach (var day in days)
        {
            var child = household.Add(Relation.Child, DateOnly.FromDayNumber(day), random.Chance(0.512) ? Sex.Male : Sex.Female);
            child.Mother = mother;
            child.Father = father;
            if (Age.InFullYears(child.Born, asOf) >= 20 && random.Chance(settings.EmigratedShare))
            {
                child.Status = ResidentStatus.Emigrated;
                child.LeftOn = random.Day(child.Born.AddYears(20), asOf);
            }
        }
    }

    /// <summary>The husband's widowed parent, who moved in with the family; the other parent is listed as dead.</summary>
    private void AddParentOfHusband(Household household, SeededRandom random)
    {
        var husband = household.Members[0].Sex == Sex.Male ? 0 : 1;
        var husbandBorn = household.Members[husband].Born;
        var husbandAge = Age.InFullYears(husbandBorn, asOf);
        if (husbandAge + marriage.MotherAgeAtBirth.Min > ages.MaxAge)
        {
            return;
        }

        // The parent's age by the pyramid, among the ages at which they could have had the husband: few parents
        // of sixty-year-olds are still alive.
        var parentAge = ages.Age(random, husbandAge + marriage.MotherAgeAtBirth.Min, Math.Min(ages.MaxAge, husbandAge + marriage.MotherAgeAtBirth.Max));
        var ageAtBirth = parentAge - husbandAge;

        var sex = random.Chance(0.7) ? Sex.Female : Sex.Male;
        var relation = husband == 0 ? Relation.Parent : Relation.ParentInLaw;
        var parent = household.Members.Count;
        household.Add(relation, AgePicker.BornBefore(random, husbandBorn, ageAtBirth), sex).Joined = random.Day(household.FormedOn, asOf);
        var other = AddSpouseOf(household, parent, random);
        var otherMember = household.Members[other];
        otherMember.Relation = relation;
        var otherBornLatest = husbandBorn.AddYears(-marriage.ParentAgeAtBirth.Min);
        if (otherMember.Born > otherBornLatest || Age.InFullYears(otherMember.Born, husbandBorn) > marriage.ParentAgeAtBirth.Max)
        {
            otherMember.Born = random.Day(husbandBorn.AddYears(-marriage.ParentAgeAtBirth.Max), otherBornLatest);
        }

        otherMember.Born = Max(otherMember.Born, Earliest);

        var (mother, father) = sex == Sex.Female ? (parent, other) : (other, parent);
        household.Members[husband].Mother = mother;
        household.Members[husband].Father = father;
        var lower = Max(household.Members[mother].Born, household.Members[father].Born).AddYears(marriage.ParentAgeAtBirth.Min);
        var married = Min(husbandBorn, Max(lower, husbandBorn.AddDays(-random.Below(3 * 365))));
        household.Couples.Add(new Couple(parent, other, married, null));
        Die(household, other, husbandBorn, random);
        otherMember.InHousehold = otherMember.LeftOn >= household.Members[parent].Joined;
        otherMember.Joined = household.Members[parent].Joined;
    }

    /// <summary>Adds the wife and husband, the husband heading; wife born on <paramref name="wifeBorn"/>.</summary>
    private void AddCouple(Household household, DateOnly wifeBorn, SeededRandom random)
    {
        var husbandBorn = Max(asOf.AddYears(-ages.MaxAge).AddDays(1), wifeBorn.AddYears(-random.Between(marriage.HusbandOlderBy.Min, marriage.HusbandOlderBy.Max)).AddDays(random.Between(-180, 180)));
        var husbandHeads = random.Chance(HusbandIsHeadShare);
        household.Add(Relation.Head, husbandHeads ? husbandBorn : wifeBorn, husbandHeads ? Sex.Male : Sex.Female);
        household.Add(Relation.Spouse, husbandHeads ? wifeBorn : husbandBorn, husbandHeads ? Sex.Female : Sex.Male);
    }

    /// <summary>Adds a spouse for member <paramref name="of"/> (age gap by the settings) and returns its index.</summary>
    private int AddSpouseOf(Household household, int of, SeededRandom random)
    {
        var person = household.Members[of];
        var gap = random.Between(marriage.HusbandOlderBy.Min, marriage.HusbandOlderBy.Max) * (person.Sex == Sex.Male ? 1 : -1);
        var born = Max(asOf.AddYears(-ages.MaxAge).AddDays(1), person.Born.AddYears(gap).AddDays(random.Between(-180, 180)));
        household.Add(Relation.Spouse, born, person.Sex == Sex.Male ? Sex.Female : Sex.Male);
        return household.Members.Count - 1;
    }

    /// <summary>The wedding of members <paramref name="a"/> and <paramref name="b"/>: the wife at a marrying age, both adults, before the reference date.</summary>
    private DateOnly MarriageDate(Household household, int a, int b, SeededRandom random)
    {
        var (x, y) = (household.Members[a], household.Members[b]);
        var wife = x.Sex == Sex.Female ? x : y;
        var adult = Max(x.Born, y.Born).AddYears(marriage.ParentAgeAtBirth.Min);
        var married = Max(adult, wife.Born.AddYears(random.Between(marriage.WifeAge.Min, marriage.WifeAge.Max)).AddDays(random.Below(365)));
        married = married > asOf ? random.Day(adult, asOf) : married;
        household.Couples.Add(new Couple(a, b, married, null));
        return married;
    }

    /// <summary>Member <paramref name="index"/> died after <paramref name="notBefore"/> (and after birth), no older than the oldest age.</summary>
    private void Die(Household household, int index, DateOnly notBefore, SeededRandom random)
    {
        var member = household.Members[index];
        var from = Max(notBefore, member.Born.AddDays(1));
        var to = Min(asOf.AddDays(-1), member.Born.AddYears(ages.MaxAge));
        member.Status = ResidentStatus.Deceased;
        member.LeftOn = random.Day(Min(from, to), to);
        for (var i = 0; i < household.Couples.Count; i++)
        {
            if (household.Couples[i].First == index || household.Couples[i].Second == index)
            {
                household.Couples[i] = household.Couples[i] with { Until = member.LeftOn };
            }
        }
    }

    private void Name(Household household, Nationality? nationality, SeededRandom random)
    {
        var spouseSurname = names.Surname(random);
        foreach (var member in household.Members)
        {
            if (nationality is not null)
            {
                var full = NameFactory.Foreign(random, nationality, member.Sex);
                (member.Name, member.LatinName) = (full.Name, full.Latin);
                continue;
            }

            // Children take the father's surname; the head's parents are the husband's, so his father shares it.
            var family = member.Relation switch
            {
                Relation.Spouse when household.Head.Sex == Sex.Male => spouseSurname,
                Relation.Head when member.Sex == Sex.Female && household.Members.Count > 1 && household.Members[1].Relation == Relation.Spouse => spouseSurname,
                Relation.Parent or Relation.ParentInLaw when member.Sex == Sex.Female => names.Surname(random),
                _ => surname,
            };
            var given = names.Given(random, member.Born, member.Sex);
            member.Name = family.Name + given.Name;
            member.LatinName = family.Latin + " " + given.Latin;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
