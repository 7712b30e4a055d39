using System.Text;

namespace Egov.Platform.Packs;

/// <summary>
/// How a pack writes a whole number in words, as East Asian numerals do: the digits in groups (of four in Korean,
/// Japanese and Chinese: 만/万, 억/億, 조/兆 …), each group read with its small units (십 백 천 / 十 百 千, or the formal
/// 拾 百 千) and followed by its group unit; a group of zeros and a zero digit are not written. Whether "one" is
/// written before a unit (일십, 壱万) is the pack's, not the code's.
/// </summary>
/// <param name="Digits">The numerals 0 to 9; the zero is written only for the number 0.</param>
/// <param name="SmallUnits">Ten, a hundred, a thousand…: a group has one digit more than there are small units.</param>
/// <param name="GroupUnits">The unit after each further group (10^4, 10^8… with four-digit groups), smallest first.</param>
/// <param name="OneBeforeSmallUnit">Whether a one is written before a small unit (일십 rather than 십).</param>
/// <param name="OneBeforeGroupUnit">Whether a group of exactly one is written before its unit (일만 rather than 만).</param>
public sealed record NumberWords(
    IReadOnlyList<string> Digits,
    IReadOnlyList<string> SmallUnits,
    IReadOnlyList<string> GroupUnits,
    bool OneBeforeSmallUnit,
    bool OneBeforeGroupUnit)
{
    /// <summary>How many digits a group has.</summary>
    public int GroupSize => SmallUnits.Count + 1;

    /// <summary>The largest number the group units can write.</summary>
    public long Largest
    {
        get
        {
            var digits = GroupSize * (GroupUnits.Count + 1);
            return digits >= 19 ? long.MaxValue : (long)Math.Pow(10, digits) - 1;
        }
    }

    /// <summary><paramref name="number"/> in words; throws for a negative number or one beyond <see cref="Largest"/>.</summary>
    public string Write(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Largest);
        if (number == 0)
        {
            return Digits[0];
        }

        var groupBase = (long)Math.Pow(10, GroupSize);
        var groups = new List<int>();
        for (var rest = number; rest > 0; rest /= groupBase)
        {
            groups.Add((int)(rest % groupBase));
        }

        var words = new StringBuilder();
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g] == 0)
            {
                continue;
            }

            if (g == 0 || groups[g] != 1 || OneBeforeGroupUnit)
            {
                WriteGroup(words, groups[g]);
            }

            if (g > 0)
            {
                words.Append(GroupUnits[g - 1]);
            }
        }

        return words.ToString();
    }

    private void WriteGroup(StringBuilder words, int group)
    {
        var divisor = (int)Math.Pow(10, GroupSize - 1);
        for (var position = GroupSize - 1; position >= 0; position--, divisor /= 10)
        {
            var digit = group / divisor % 10;
            if (digit == 0)
            {
                continue;
            }

            if (position == 0 || digit != 1 || OneBeforeSmallUnit)
            {
                words.Append(Digits[digit]);
            }

            if (position > 0)
            {
                words.Append(SmallUnits[position - 1]);
            }
        }
    }
}
