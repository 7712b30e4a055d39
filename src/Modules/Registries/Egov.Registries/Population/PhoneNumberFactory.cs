using System.Text;
using System.Text.RegularExpressions;
using Egov.Platform.Packs;

namespace Egov.Registries.Population;

/// <summary>
/// Mobile numbers in the shape of the pack's example (<c>people.phone.example</c>): the first group of the phone
/// identifier kept (the carrier prefix), the digits of every later group drawn at random. Phones need not be unique.
/// </summary>
internal sealed class PhoneNumberFactory
{
    private readonly string example;
    private readonly List<(int Index, int Length)> randomSpans = [];
    private readonly StringBuilder builder = new();

    public PhoneNumberFactory(IdentifierDefinition definition, string example)
    {
        this.example = example;
        var regex = new Regex(definition.Pattern, RegexOptions.CultureInvariant);
        var match = regex.Match(example);
        var groups = match.Groups.Cast<Group>().Where(g => g.Success && !int.TryParse(g.Name, out _)).Skip(1);
        randomSpans.AddRange(groups.Select(g => (g.Index, g.Length)));
    }

    public string Next(SeededRandom random)
    {
        builder.Clear().Append(example);
        foreach (var (index, length) in randomSpans)
        {
            for (var i = index; i < index + length; i++)
            {
                if (char.IsAsciiDigit(builder[i]))
                {
                    builder[i] = (char)('0' + random.Below(10));
                }
            }
        }

        return builder.ToString();
    }
}
