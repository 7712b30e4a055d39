using System.Globalization;
using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Registries.Population;
using Egov.Registries.Tests.Support;

namespace Egov.Registries.Tests.Population;

/// <summary>What makes a generated population realistic and consistent, checked over 50,000 residents of the kr pack.</summary>
public sealed class PopulationStructureTests(GeneratedPopulation population) : IClassFixture<GeneratedPopulation>
{
    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string text) => text.Length == 0 ? null : Date(text);

    private Dictionary<string, PopulationRow> Residents => population["residents.csv"].ToDictionary(r => r["resident_id"]);

    [Fact]
    public void LivingResidents_AreExactlyTheSizeAskedFor()
    {
        Assert.Equal(GeneratedPopulation.Size, population["residents.csv"].Count(r => r["status"] == "alive"));
        Assert.Contains(population["residents.csv"], r => r["status"] == "deceased");
        Assert.Contains(population["residents.csv"], r => r["status"] == "emigrated");
    }

    [Fact]
    public void ResidentNumbers_AreValidUnderThePacksIdentifier_AgreeWithBirthDateAndSex_AndAreUnique()
    {
        var format = KrPack.Pack.Identifiers[KrPack.Pack.People!.Identifier];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in population["residents.csv"])
        {
            var check = format.Validate(row["resident_number"]);
            Assert.True(check.IsValid, $"resident {row["resident_id"]}: {check.Error}");
            Assert.Equal(Date(row["birth_date"]), check.BirthDate);
            Assert.Equal(row["sex"] == "male" ? Sex.Male : Sex.Female, check.Sex);
            Assert.True(seen.Add(row["resident_number"]), $"resident {row["resident_id"]}: number repeated");
        }
    }

    [Fact]
    public void ForeignNationals_HoldTheNumbersReservedToThem()
    {
        var foreign = population["residents.csv"].Where(r => r["nationality"] != "KR").ToList();
        Assert.InRange(foreign.Count, population["residents.csv"].Count / 100, population["residents.csv"].Count / 15);
        Assert.All(foreign, r => Assert.Contains(r["resident_number"][6], "5678"));
        Assert.All(population["residents.csv"].Where(r => r["nationality"] == "KR"), r => Assert.DoesNotContain(r["resident_number"][6], "5678"));
    }

    [Fact]
    public void BusinessNumbersAndPhones_AreValidUnderThePacksIdentifiers()
    {
        var pack = KrPack.Pack;
        var business = pack.Identifiers[pack.Businesses!.Identifier];
        var phone = pack.Identifiers[pack.People!.Phone!.Identifier];
        var numbers = population["companies.csv"].Select(c => c["business_number"]).ToList();
        Assert.All(numbers, n => Assert.True(business.Validate(n).IsValid));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.InRange(numbers.Count, GeneratedPopulation.Size / 40 - 2, GeneratedPopulation.Size / 40 + 2);
        Assert.All(population["residents.csv"].Where(r => r["phone"].Length > 0), r => Assert.True(phone.Validate(r["phone"]).IsValid));
    }

    [Fact]
    public void Parents_AreBetween18And45AtEachChildsBirth()
    {
        var residents = Residents;
        var links = population["family_links.csv"].Where(l => l["relation"] == "parent").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var child = Date(residents[link["resident_id"]]["birth_date"]);
            var parent = Date(residents[link["relative_id"]]["birth_date"]);
            Assert.InRange(Age.InFullYears(parent, child), 18, 45);
            Assert.Equal(child, Date(link["since"]));
        }
    }

    [Fact]
    public void TheDead_DieAfterBirthAndBeforeTheReferenceDate_AndOnlyTheyHaveADeathDate()
    {
        foreach (var row in population["residents.csv"])
        {
            var died = OptionalDate(row["died_on"]);
            Assert.Equal(row["status"] == "deceased", died is not null);
            Assert.True(died is null || (died > Date(row["birth_date"]) && died < GeneratedPopulation.AsOf), $"resident {row["resident_id"]}");
        }
    }

    [Fact]
    public void Households_HaveOneLivingHead_AndTheirMembersLiveInTheHouseholdsRegion()
    {
        var addresses = population["addresses.csv"].ToDictionary(a => a["address_id"]);
        var households = population["households.csv"].ToDictionary(h => h["household_id"]);
        foreach (var members in population["residents.csv"].Where(r => r["household_id"].Length > 0).GroupBy(r => r["household_id"]))
        {
            var head = Assert.Single(members, m => m["relation_to_head"] == "head");
            Assert.Equal("alive", head["status"]);
            Assert.True(members.Count(m => m["relation_to_head"] == "spouse" && m["status"] == "alive") <= 1);
            var region = addresses[households[members.Key]["address_id"]]["region_code"];
            Assert.All(members, m => Assert.Equal(region, m["region_code"]));
        }

        Assert.Equal(households.Count, population["residents.csv"].Where(r => r["household_id"].Length > 0).Select(r => r["household_id"]).Distinct().Count());
    }

    [Fact]
    public void Spouses_AreLinkedOnce_LowerIdFirst_AndChildrenInAHouseholdHaveItsCoupleAsParents()
    {
        var spouses = population["family_links.csv"].Where(l => l["relation"] == "spouse").ToList();
        Assert.All(spouses, l => Assert.True(long.Parse(l["resident_id"], CultureInfo.InvariantCulture) < long.Parse(l["relative_id"], CultureInfo.InvariantCulture)));
        Assert.Equal(spouses.Count, spouses.Select(l => (l["resident_id"], l["relative_id"])).Distinct().Count());

        var residents = Residents;
        var parents = population["family_links.csv"].Where(l => l["relation"] == "parent").ToLookup(l => l["resident_id"], l => l["relative_id"]);
        foreach (var child in population["residents.csv"].Where(r => r["relation_to_head"] == "child"))
        {
            Assert.All(parents[child["resident_id"]], p => Assert.Equal(child["household_id"], residents[p]["household_id"]));
            Assert.NotEmpty(parents[child["resident_id"]]);
        }
    }

    [Fact]
    public void AddressHistory_IsOrdered_StartsAtBirthOrLater_AndTheOpenRowIsTheHouseholdsAddress()
    {
        var residents = Residents;
        var households = population["households.csv"].ToDictionary(h => h["household_id"]);
        foreach (var history in population["residences.csv"].GroupBy(r => r["resident_id"]))
        {
            var resident = residents[history.Key];
            var rows = history.ToList();
            Assert.InRange(rows.Count, 1, 6);
            Assert.True(Date(rows[0]["moved_in_on"]) >= Date(resident["birth_date"]));
            for (var i = 0; i < rows.Count; i++)
            {
                var movedOut = OptionalDate(rows[i]["moved_out_on"]);
                Assert.True(movedOut is null || movedOut > Date(rows[i]["moved_in_on"]), $"resident {history.Key} row {i}");
                Assert.True(i == rows.Count - 1 ? true : movedOut == Date(rows[i + 1]["moved_in_on"]), $"resident {history.Key} row {i}");
                Assert.True(movedOut is not null || i == rows.Count - 1);
            }

            var open = rows[^1]["moved_out_on"].Length == 0;
            Assert.Equal(resident["status"] == "alive", open);
            if (open)
            {
                Assert.Equal(households[resident["household_id"]]["address_id"], rows[^1]["address_id"]);
            }
        }

        Assert.Equal(residents.Count, population["residences.csv"].Select(r => r["resident_id"]).Distinct().Count());
    }

    [Fact]
    public void OwnershipShares_OfEveryProperty_SumToOneAtTheReferenceDate_AndNeverAboveOne()
    {
        var rows = population["ownership.csv"];
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(Date(r["acquired_on"]) <= GeneratedPopulation.AsOf && !(OptionalDate(r["disposed_on"]) > GeneratedPopulation.AsOf)));
        foreach (var property in rows.GroupBy(r => (r["property_kind"], r["property_id"])))
        {
            // Sweep the days shares change: a disposal on a day counts before an acquisition that day.
            var changes = property
                .Select(r => (Share: decimal.Parse(r["share_numerator"], CultureInfo.InvariantCulture) / decimal.Parse(r["share_denominator"], CultureInfo.InvariantCulture), Row: r))
                .SelectMany(x => OptionalDate(x.Row["disposed_on"]) is { } disposed
                    ? new[] { (Day: Date(x.Row["acquired_on"]), x.Share), (Day: disposed, Share: -x.Share) }
                    : [(Day: Date(x.Row["acquired_on"]), x.Share)])
                .OrderBy(c => c.Day).ThenBy(c => c.Share);
            var open = 0m;
            foreach (var change in changes)
            {
                open += change.Share;
                Assert.True(open <= 1.000001m, $"{property.Key} on {change.Day}");
            }

            Assert.True(Math.Abs(open - 1) < 0.000001m, $"{property.Key}: {open} at the reference date");
        }

        var parcels = population["parcels.csv"].Select(p => p["parcel_id"]).ToHashSet();
        var buildings = population["buildings.csv"].Select(b => b["building_id"]).ToHashSet();
        Assert.Equal(parcels.Count + buildings.Count, rows.Select(r => (r["property_kind"], r["property_id"])).Distinct().Count());
    }

    [Fact]
    public void Owners_AndRepresentatives_AreAdultsWhenTheyStart()
    {
        var residents = Residents;
        var adultAge = KrPack.Pack.People!.AgeOfMajority;
        foreach (var row in population["ownership.csv"].Where(r => r["owner_kind"] == "resident" && r["cause"] is "sale" or "new_building"))
        {
            Assert.True(Age.InFullYears(Date(residents[row["owner_id"]]["birth_date"]), Date(row["acquired_on"])) >= adultAge, $"owner {row["owner_id"]}");
        }

        foreach (var row in population["representatives.csv"])
        {
            Assert.True(Age.InFullYears(Date(residents[row["resident_id"]]["birth_date"]), Date(row["since"])) >= adultAge, $"representative {row["resident_id"]}");
        }

        Assert.Contains(population["encumbrances.csv"], e => e["kind"] == "mortgage");
    }

    [Fact]
    public void Residents_AreSpreadOverRegionsLikeThePacksPopulation()
    {
        var settings = KrPack.Pack.Population!;
        var regions = KrPack.Pack.Regions;
        string Province(string code) => regions.Find(code)!.ParentCode is { } parent ? Province(parent) : code;

        var total = settings.Regions.Sum(r => r.Weight);
        var expected = settings.Regions.GroupBy(r => Province(r.Value)).ToDictionary(g => g.Key, g => g.Sum(r => r.Weight) / total);
        var alive = population["residents.csv"].Where(r => r["status"] == "alive").ToList();
        var observed = alive.GroupBy(r => Province(r["region_code"])).ToDictionary(g => g.Key, g => (double)g.Count() / alive.Count);

        // Households, not people, are drawn by region (about 2.2 people each): a tolerance of 1.2 points is
        // over four standard deviations for the largest province at this size.
        Assert.All(expected, e => Assert.InRange(observed.GetValueOrDefault(e.Key), e.Value - 0.012, e.Value + 0.012));
        Assert.True(alive.Select(r => r["region_code"]).Distinct().Count() > settings.Regions.Count * 9 / 10);
    }

    [Fact]
    public void Ages_FollowThePacksPyramid_WithinAPointPerBand()
    {
        var settings = KrPack.Pack.Population!;
        var total = settings.AgeBands.Sum(b => b.Weight);
        var alive = population["residents.csv"].Where(r => r["status"] == "alive").ToList();
        var observed = alive.GroupBy(r => AgePicker.BandOf(settings, Age.InFullYears(Date(r["birth_date"]), GeneratedPopulation.AsOf)))
            .ToDictionary(g => g.Key, g => (double)g.Count() / alive.Count);

        for (var band = 0; band < settings.AgeBands.Count; band++)
        {
            Assert.InRange(observed.GetValueOrDefault(band), (settings.AgeBands[band].Weight / total) - 0.01, (settings.AgeBands[band].Weight / total) + 0.01);
        }
    }

    [Fact]
    public void HouseholdSizes_FollowThePacksDistribution()
    {
        var sizes = population["residents.csv"].Where(r => r["status"] == "alive" && r["household_id"].Length > 0)
            .GroupBy(r => r["household_id"]).Select(g => Math.Min(g.Count(), 5)).ToList();
        var oneShare = sizes.Count(s => s == 1) / (double)sizes.Count;
        Assert.InRange(oneShare, 0.32, 0.39);
        Assert.InRange(sizes.Average(), 2.0, 2.5);
    }
}
