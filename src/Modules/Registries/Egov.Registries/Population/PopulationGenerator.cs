using System.Diagnostics;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;
using Egov.Registries.Files;

namespace Egov.Registries.Population;

/// <summary>What to generate: how many living residents, from which seed, as of which day, into which folder.</summary>
/// <param name="Size">Living residents to generate (the dead and the emigrated come on top).</param>
/// <param name="Seed">Seed of the random generator: the same pack, size, seed and date give byte-identical files.</param>
/// <param name="AsOf">The reference date: everyone is born, moves and dies before it.</param>
/// <param name="Directory">An existing folder the CSV files are written to.</param>
public sealed record PopulationRequest(long Size, long Seed, DateOnly AsOf, string Directory);

/// <summary>The population a request describes, wherever its files go.</summary>
internal sealed record PopulationShape(long Size, long Seed, DateOnly AsOf);

/// <summary>What was written: rows per file.</summary>
public sealed record PopulationSummary(IReadOnlyList<(string File, long Rows)> Files)
{
    public long Rows => Files.Sum(f => f.Rows);
}

/// <summary>
/// Writes a synthetic population of the pack's country as the CSV files of docs/registries.md, household by
/// household, keeping only bounded state (identifier counters per birth date, open apartment buildings per region,
/// a few thousand recent adults), so memory stays flat whatever the size.
/// </summary>
public static class PopulationGenerator
{
    /// <summary>Generates <paramref name="request"/>; <paramref name="progress"/> hears the living residents written so far (about once a second).</summary>
    /// <exception cref="InvalidOperationException">The pack has no population settings or cannot generate its identifiers.</exception>
    public static PopulationSummary Generate(CountryPack pack, PopulationRequest request, Action<long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Generate(pack, new PopulationShape(request.Size, request.Seed, request.AsOf), PopulationStorage.OnDisk(request.Directory), progress);
    }

    /// <summary>Generates a population of <paramref name="shape"/> into <paramref name="storage"/> (a folder, or memory).</summary>
    internal static PopulationSummary Generate(CountryPack pack, PopulationShape shape, PopulationStorage storage, Action<long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var settings = pack.Population ?? throw new InvalidOperationException($"pack {pack.Code} has no population settings (pack.yaml population)");
        var people = pack.People ?? throw new InvalidOperationException($"pack {pack.Code} has no people settings");
        var businesses = pack.Businesses ?? throw new InvalidOperationException($"pack {pack.Code} has no businesses settings");
        ArgumentOutOfRangeException.ThrowIfLessThan(shape.Size, 1);

        var random = new SeededRandom(shape.Seed);
        var asOf = shape.AsOf;
        var adultAge = people.AgeOfMajority;
        var language = pack.DefaultLanguage;
        using var files = new PopulationFiles(storage);
        var regions = new WeightedPicker<string>(settings.Regions);
        var addresses = new AddressFactory(settings.Addresses, pack.Regions, settings.Regions.Select(r => r.Value), files.Addresses);
        var property = new PropertyRegister(files, settings, asOf);
        var adults = new AdultPool();
        var dwellings = new DwellingAllocator(settings, addresses, property, adults, language, adultAge, asOf);
        var country = pack.Code.ToUpperInvariant();
        var ages = new AgePicker(settings, asOf, AgeCalibration.BandFactors(settings, asOf, country));
        var composer = new HouseholdComposer(settings, new NameFactory(settings), ages, country, asOf);
        // The pack's named demo people and companies keep their numbers: a demo register holds them and a generated population.
        var residentNumbers = new IdentifierSequence(
            new IdentifierFactory(pack.Identifiers[people.Identifier].Definition, settings.ForeignNationals.IdentifierValues), composer.Earliest, asOf,
            pack.Demo?.People.Select(p => pack.Identifiers[people.Identifier].Validate(p.Identifier).Normalized ?? p.Identifier).ToHashSet(StringComparer.Ordinal));
        var businessNumbers = new IdentifierSequence(
            new IdentifierFactory(pack.Identifiers[businesses.Identifier].Definition), asOf.AddYears(-100), asOf,
            pack.Demo?.Companies.Select(c => pack.Identifiers[businesses.Identifier].Validate(c.BusinessNumber).Normalized ?? c.BusinessNumber)
                .ToHashSet(StringComparer.Ordinal));
        var phones = people.Phone is { } phone ? new PhoneNumberFactory(pack.Identifiers[phone.Identifier].Definition, phone.Example) : null;
        var writer = new HouseholdWriter(files, addresses, residentNumbers, phones, settings.Phones, asOf);
        var companies = new CompanyFactory(settings, files, businessNumbers, addresses, property, adults, language, adultAge, asOf);
        var sizes = new WeightedPicker<int>(settings.HouseholdSizes);

        var household = new Household();
        long alive = 0;
        long nextResident = 0;
        long householdId = 0;
        var companiesOwed = 0.0;
        var clock = Stopwatch.StartNew();
        var lastReport = 0L;
        while (alive < shape.Size)
        {
            var size = (int)Math.Min(sizes.Pick(random), shape.Size - alive);
            composer.Compose(household, size, random);
            foreach (var member in household.Members)
            {
                member.Id = ++nextResident;
            }

            var region = regions.Pick(random);
            var dwelling = dwellings.Place(region, random);
            var movedIn = writer.PlanMoves(household, region, dwelling.Address, dwelling.Completed, random, () => regions.Pick(random));
            writer.Write(household, ++householdId, region, random);
            dwellings.Settle(dwelling, household, movedIn, random);
            HoldLand(household, region, property, settings, random, asOf);
            var count = household.AliveCount;
            alive += count;
            companiesOwed += (double)count / settings.Companies.PeoplePerCompany;
            while (companiesOwed >= 1 && companies.Found(household, region, random))
            {
                companiesOwed--;
            }

            // Added after the household's own property: nobody buys their home from themselves.
            foreach (var member in household.Members.Where(m => m.IsAlive && Age.Reached(m.Born, adultAge) <= asOf))
            {
                adults.Add(member.Id, member.Born);
            }

            if (progress is not null && clock.ElapsedMilliseconds - lastReport >= 1000)
            {
                lastReport = clock.ElapsedMilliseconds;
                progress(alive, files.Rows);
            }
        }

        dwellings.Flush(random);
        return new PopulationSummary(files.Counts);
    }

    /// <summary>Some heads of forty or more also hold bare land (fields, paddies, forest), bought or inherited.</summary>
    private static void HoldLand(Household household, string region, PropertyRegister property, PopulationSettings settings, SeededRandom random, DateOnly asOf)
    {
        var head = household.Head;
        if (!head.IsAlive || Age.Reached(head.Born, 40) > asOf || !random.Chance(settings.LandHoldingShare))
        {
            return;
        }

        for (var i = random.Between(1, 2); i > 0; i--)
        {
            var parcel = property.NewBareLand(region, random);
            var cause = random.Chance(0.5) ? "inheritance" : "sale";
            property.Own(PropertyRegister.Parcel, parcel, PropertyRegister.Resident, head.Id, 1, 1, random.Day(Age.Reached(head.Born, 25), asOf), cause);
        }
    }
}
