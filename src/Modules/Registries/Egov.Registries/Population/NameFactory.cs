using Egov.Platform.Packs;
using Egov.Platform.Packs.Population;

namespace Egov.Registries.Population;

/// <summary>Names by the pack's frequencies: surnames by share, given names by sex and the era of birth, foreigners' full names by nationality.</summary>
internal sealed class NameFactory(PopulationSettings settings)
{
    private readonly WeightedPicker<PersonName> surnames = new(settings.Surnames);
    private readonly WeightedPicker<Nationality> nationalities = new(settings.ForeignNationals.Nationalities);

    public PersonName Surname(SeededRandom random) => surnames.Pick(random);

    public Nationality Nationality(SeededRandom random) => nationalities.Pick(random);

    /// <summary>Given name popular in the era of <paramref name="born"/> (the earliest era for people born before it).</summary>
    public PersonName Given(SeededRandom random, DateOnly born, Sex sex)
    {
        var eras = settings.GivenNames;
        var era = eras[0];
        foreach (var candidate in eras)
        {
            if (candidate.BornFrom <= born.Year)
            {
                era = candidate;
            }
        }

        return random.Pick(sex == Sex.Male ? era.Male : era.Female);
    }

    public static PersonName Foreign(SeededRandom random, Nationality nationality, Sex sex) =>
        random.Pick(sex == Sex.Male ? nationality.Male : nationality.Female);
}
