using Egov.Platform.Packs;
using Egov.Registries.Population;
using Egov.Registries.Tests.Support;
using Egov.Testing;

namespace Egov.Registries.Tests.Population;

/// <summary>Numbers composed from an identifier definition alone, for any country: counted up by the generator's sequence, or from a chosen serial.</summary>
public sealed class IdentifierFactoryTests
{
    [Fact]
    public void ManyPeopleBornOnOneDay_GetValidDistinctNumbers()
    {
        var format = KrPack.Pack.Identifiers["rrn"];
        var factory = new IdentifierSequence(new IdentifierFactory(format.Definition), new DateOnly(1900, 1, 1), new DateOnly(2025, 1, 1));
        var born = new DateOnly(1971, 3, 1);

        var numbers = Enumerable.Range(0, 20_000).Select(i => factory.Next(born, i % 2 == 0 ? Sex.Male : Sex.Female, foreign: false)).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(format.Validate(n) is { IsValid: true } check && check.BirthDate == born));
    }

    [Fact]
    public void AnIdentifierWithoutBirthDate_LikeJapansMyNumber_GetsValidDistinctNumbers()
    {
        var myNumber = new IdentifierDefinition
        {
            Id = "mynumber",
            Pattern = @"^(?<body>\d{11})(?<check>\d)$",
            CheckDigit = new CheckDigitRule("check", [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 11, [0, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1]),
        };
        var format = new PersonIdentifierFormat(myNumber);
        var factory = new IdentifierSequence(new IdentifierFactory(myNumber), new DateOnly(1900, 1, 1), new DateOnly(2025, 1, 1));

        var numbers = Enumerable.Range(0, 5_000).Select(i => factory.Next(new DateOnly(1950 + (i % 70), 1, 1), Sex.Female, foreign: false)).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(format.Validate(n).IsValid));
    }

    [Fact]
    public void CenturyAndSexDigit_FollowsTheDefinitionsTables_AndTheValuesReservedToForeigners()
    {
        var format = KrPack.Pack.Identifiers["rrn"];
        var reserved = new Dictionary<string, IReadOnlyList<string>> { ["s"] = ["5", "6", "7", "8"] };
        var factory = new IdentifierSequence(new IdentifierFactory(format.Definition, reserved), new DateOnly(1890, 1, 1), new DateOnly(2025, 1, 1));

        Assert.Equal('1', factory.Next(new DateOnly(1980, 5, 5), Sex.Male, foreign: false)[6]);
        Assert.Equal('4', factory.Next(new DateOnly(2010, 5, 5), Sex.Female, foreign: false)[6]);
        Assert.Equal('9', factory.Next(new DateOnly(1899, 5, 5), Sex.Male, foreign: false)[6]);
        Assert.Equal('6', factory.Next(new DateOnly(1980, 5, 5), Sex.Female, foreign: true)[6]);
        Assert.Equal('7', factory.Next(new DateOnly(2010, 5, 5), Sex.Male, foreign: true)[6]);
    }

    [Fact]
    public void ASerial_GivesTheSameNumberWhoeverComposesIt_TheSequenceCountsSerialsUpFromZero()
    {
        var definition = KrPack.Pack.Identifiers["rrn"].Definition;
        var born = new DateOnly(2026, 11, 2);
        var sequence = new IdentifierSequence(new IdentifierFactory(definition), new DateOnly(2000, 1, 1), new DateOnly(2026, 12, 31));
        var factory = new IdentifierFactory(definition);
        var series = factory.SeriesFor(born, Sex.Female, foreign: false);

        var counted = Enumerable.Range(0, 3).Select(_ => sequence.Next(born, Sex.Female, foreign: false)).ToList();

        Assert.Equal([.. Enumerable.Range(0, 3).Select(s => factory.Compose(born, series, (ulong)s))], counted);
        Assert.Equal(100_000UL, factory.Serials);
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.Compose(born, series, factory.Serials));
    }

    [Fact]
    public void ANumberTakenElsewhere_IsPassedOver_AndTheNextOneGiven()
    {
        var definition = KrPack.Pack.Identifiers["rrn"].Definition;
        var (from, to, born) = (new DateOnly(1900, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(1978, 4, 12));
        var free = new IdentifierSequence(new IdentifierFactory(definition), from, to);
        var (first, second) = (free.Next(born, Sex.Male, foreign: false), free.Next(born, Sex.Male, foreign: false));

        var sequence = new IdentifierSequence(new IdentifierFactory(definition), from, to, taken: new HashSet<string> { first });

        Assert.Equal(second, sequence.Next(born, Sex.Male, foreign: false));
    }

    [Fact]
    public void Generator_PassesOverTheNumberOfANamedDemoPerson()
    {
        using var pack = new TempPack();
        var asOf = new DateOnly(2026, 11, 1);
        var before = Residents(KrPack.Pack);
        // A Korean man born before kim-minjun's children and after his parents takes over the generated number.
        var man = before.First(r => r["resident_number"][6] == '1' && string.CompareOrdinal(r["birth_date"], "1951") > 0 && string.CompareOrdinal(r["birth_date"], "1985") < 0);
        pack.Replace("demo/people.yaml", "identifier: 780412-1023453", $"identifier: {man["resident_number"]}")
            .Replace("demo/people.yaml", "birthDate: 1978-04-12", $"birthDate: {man["birth_date"]}");
        var loaded = CountryPackLoader.Load(pack.Directory);
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Errors));

        var after = Residents(loaded.Pack!);

        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(after, r => r["resident_number"] == man["resident_number"]);
        Assert.Equal(man["name"], after.Single(r => r["resident_id"] == man["resident_id"])["name"]);

        List<PopulationRow> Residents(CountryPack from)
        {
            var folder = Directory.CreateTempSubdirectory("egov-population-").FullName;
            try
            {
                PopulationGenerator.Generate(from, new PopulationRequest(300, 7, asOf, folder));
                return GeneratedPopulation.Read(Path.Combine(folder, "residents.csv"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
