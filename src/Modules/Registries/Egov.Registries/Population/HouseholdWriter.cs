using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// Writes one composed household: its row, its residents, their address history and their family links. The
/// household moved between a few addresses since it was formed, the last being the dwelling it has now; each
/// member lived at those that fall between joining (birth, marriage, moving in) and death or emigration, and
/// members who joined from elsewhere lived first at an address of their own since birth.
/// </summary>
internal sealed class HouseholdWriter(
    PopulationFiles files, AddressFactory addresses, IdentifierSequence numbers, PhoneNumberFactory? phones,
    PhoneSettingsForPopulation phoneOwners, DateOnly asOf)
{
    private const int MostEarlierAddresses = 3;
    private readonly List<(long Address, DateOnly From)> timeline = [];

    public IReadOnlyList<(long Address, DateOnly From)> Timeline => timeline;

    /// <summary>
    /// The household's addresses: up to three earlier homes since it was formed (the first from that day), then
    /// <paramref name="current"/> from the day it moved in, not before <paramref name="notBefore"/> (the building's completion).
    /// </summary>
    public DateOnly PlanMoves(Household household, string region, long current, DateOnly notBefore, SeededRandom random, Func<string> otherRegion)
    {
        timeline.Clear();
        var start = household.FormedOn;
        var movedIn = notBefore <= start && random.Chance(0.25) ? start : random.Day(Max(notBefore, start), asOf);
        if (movedIn > start)
        {
            Span<int> days = stackalloc int[random.Between(1, MostEarlierAddresses)];
            days[0] = start.DayNumber;
            for (var i = 1; i < days.Length; i++)
            {
                days[i] = random.Day(start, movedIn.AddDays(-1)).DayNumber;
            }

            days.Sort();
            for (var i = 0; i < days.Length; i++)
            {
                if (i == 0 || days[i] != days[i - 1])
                {
                    timeline.Add((addresses.WriteNew(random.Chance(0.6) ? region : otherRegion(), random), DateOnly.FromDayNumber(days[i])));
                }
            }
        }

        timeline.Add((current, movedIn));
        return movedIn;
    }

    public void Write(Household household, long householdId, string region, SeededRandom random)
    {
        files.Households.Field(householdId).Field(timeline[^1].Address).Field(household.FormedOn).EndRow();
        foreach (var member in household.Members)
        {
            WriteResident(household, member, householdId, region, random);
            WriteResidences(member, region, random);
        }

        WriteLinks(household);
    }

    private void WriteResident(Household household, Member member, long householdId, string region, SeededRandom random)
    {
        var phone = phones is not null && member.IsAlive && Age.InFullYears(member.Born, asOf) >= phoneOwners.FromAge && random.Chance(phoneOwners.Share)
            ? phones.Next(random)
            : null;
        files.Residents.Field(member.Id).Field(numbers.Next(member.Born, member.Sex, household.Foreign)).Field(member.Name).Field(member.LatinName)
            .Field(member.Born).Field(member.Sex == Sex.Male ? "male" : "female").Field(household.Nationality)
            .Field(member.Status switch { ResidentStatus.Deceased => "deceased", ResidentStatus.Emigrated => "emigrated", _ => "alive" })
            .Field(member.Status == ResidentStatus.Deceased ? member.LeftOn : null).Field(region)
            .Field(member.InHousehold ? householdId : null).Field(member.InHousehold ? RelationCode(member.Relation) : null).Field(phone).EndRow();
    }

    private void WriteResidences(Member member, string region, SeededRandom random)
    {
        if (!member.InHousehold)
        {
            // A relative who died before the household existed: one home, from birth to death.
            Residence(addresses.WriteNew(region, random), member.Born, member.LeftOn);
            return;
        }

        if (member.Joined > member.Born)
        {
            // Before joining (marriage, moving in with the family): the parents' home, from birth.
            Residence(addresses.WriteNew(region, random), member.Born, member.Joined);
        }

        for (var i = 0; i < timeline.Count; i++)
        {
            var from = Max(timeline[i].From, member.Joined);
            DateOnly? to = i + 1 < timeline.Count ? timeline[i + 1].From : null;
            if (to <= from)
            {
                continue;
            }

            if (member.LeftOn is { } left && (to is null || left < to))
            {
                if (left > from)
                {
                    Residence(timeline[i].Address, from, left);
                }

                return;
            }

            Residence(timeline[i].Address, from, to);
        }

        void Residence(long address, DateOnly from, DateOnly? to) =>
            files.Residences.Field(member.Id).Field(address).Field(from).Field(to).EndRow();
    }

    private void WriteLinks(Household household)
    {
        foreach (var member in household.Members)
        {
            foreach (var parent in (ReadOnlySpan<int>)[member.Mother, member.Father])
            {
                if (parent >= 0)
                {
                    files.FamilyLinks.Field(member.Id).Field(household.Members[parent].Id).Field("parent").Field(member.Born).Field((string?)null).EndRow();
                }
            }
        }

        foreach (var couple in household.Couples)
        {
            var (a, b) = (household.Members[couple.First].Id, household.Members[couple.Second].Id);
            files.FamilyLinks.Field(Math.Min(a, b)).Field(Math.Max(a, b)).Field("spouse").Field(couple.Since).Field(couple.Until).EndRow();
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string RelationCode(Relation relation) => relation switch
    {
        Relation.Head => "head",
        Relation.Spouse => "spouse",
        Relation.Child => "child",
        Relation.Parent => "parent",
        _ => "parent_in_law",
    };
}
