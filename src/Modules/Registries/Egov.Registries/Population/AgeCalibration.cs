using Egov.Platform.Packs.Population;
using Egov.Registries.Domain;

namespace Egov.Registries.Population;

/// <summary>
/// Households draw the age of the person they are built around from the pyramid; the others' ages follow from
/// theirs (children from parents, spouses by the age gap), so the residents' ages would drift from the pyramid.
/// Before generating, a few rounds compose households without writing them and scale each band's weight by
/// how far the living residents' share of it fell from the pack's (iterative proportional fitting). The rounds
/// use their own fixed seed: the factors depend only on the pack and the reference date.
/// </summary>
internal static class AgeCalibration
{
    private const int Rounds = 3;
    private const int HouseholdsPerRound = 20_000;
    private const long Seed = 0x5EED;

    public static double[] BandFactors(PopulationSettings settings, DateOnly asOf, string countryCode)
    {
        var bands = settings.AgeBands;
        var factors = Enumerable.Repeat(1.0, bands.Count).ToArray();
        var target = bands.Select(b => b.Weight / bands.Sum(x => x.Weight)).ToArray();
        var names = new NameFactory(settings);
        var sizes = new WeightedPicker<int>(settings.HouseholdSizes);
        var household = new Household();
        for (var round = 0; round < Rounds; round++)
        {
            var random = new SeededRandom(Seed);
            var composer = new HouseholdComposer(settings, names, new AgePicker(settings, asOf, factors), countryCode, asOf);
            var counts = new double[bands.Count];
            for (var i = 0; i < HouseholdsPerRound; i++)
            {
                composer.Compose(household, sizes.Pick(random), random);
                foreach (var member in household.Members.Where(m => m.IsAlive && m.InHousehold))
                {
                    counts[AgePicker.BandOf(settings, Age.InFullYears(member.Born, asOf))]++;
                }
            }

            var total = counts.Sum();
            for (var band = 0; band < factors.Length; band++)
            {
                // A band nobody fell into keeps its factor: scaling it from nothing would divide by zero.
                factors[band] *= counts[band] > 0 ? Math.Clamp(target[band] / (counts[band] / total), 0.25, 4) : 1;
            }
        }

        return factors;
    }
}
