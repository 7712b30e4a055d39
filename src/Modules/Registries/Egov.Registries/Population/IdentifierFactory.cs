using Egov.Platform.Packs;

namespace Egov.Registries.Population;

/// <summary>
/// Composes unique numbers under one of the pack's identifier definitions, knowing no country: the birth-date
/// groups from the date, the century and sex groups from their value tables, the check digit by the check rule,
/// and every other group from a counter per (birth date, century/sex value). The counter is spread over the
/// free digits by a bijection (multiplication by a constant prime to 10, modulo 10^digits), so numbers look
/// random yet never repeat. The table is bounded by the date range, not by the population. Numbers already taken
/// elsewhere (the pack's named demo people, seeded beside a generated population) are passed over.
/// </summary>
internal sealed class IdentifierFactory
{
    private const ulong Spread = 11400714819323198487UL;
    private readonly IdentifierDefinition definition;
    private readonly IdentifierLayout layout;
    private readonly DateOnly earliest;
    private readonly int days;
    private readonly ulong capacity;
    private readonly int freeDigits;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> reservedForForeign;
    private readonly IReadOnlySet<string> taken;
    private readonly Dictionary<string, int[]> counters = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Century, Sex Sex, bool Foreign), (Dictionary<string, string> Values, int[] Counters)> codedValues = [];
    private readonly char[] buffer;
    private readonly int[] payload;

    public IdentifierFactory(
        IdentifierDefinition definition, DateOnly earliestBirth, DateOnly latestBirth,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? reservedForForeign = null, IReadOnlySet<string>? taken = null)
    {
        this.definition = definition;
        layout = IdentifierLayout.TryRead(definition.Pattern, out var problem)
            ?? throw new InvalidOperationException($"identifier '{definition.Id}' cannot be generated: {problem}");
        this.reservedForForeign = reservedForForeign ?? new Dictionary<string, IReadOnlyList<string>>();
        this.taken = taken ?? new HashSet<string>();
        earliest = earliestBirth;
        days = definition.BirthDate is null ? 1 : latestBirth.DayNumber - earliestBirth.DayNumber + 1;
        freeDigits = layout.Parts.Where(p => p.Group is { } g && IsFree(g)).Sum(p => p.Length);
        capacity = freeDigits >= 19 ? ulong.MaxValue : (ulong)Math.Pow(10, freeDigits);
        buffer = new char[layout.Parts.Sum(p => p.Length)];
        payload = new int[buffer.Length];
    }

    /// <summary>A new number for a person born on <paramref name="born"/> (ignored when the identifier has no birth date).</summary>
    public string Next(DateOnly born, Sex sex, bool foreign)
    {
        var (coded, table) = CodedValues(born.Year - (born.Year % 100), sex, foreign);
        var day = definition.BirthDate is null ? 0 : born.DayNumber - earliest.DayNumber;
        if (day < 0 || day >= days)
        {
            throw new InvalidOperationException($"identifier '{definition.Id}': birth date {born:yyyy-MM-dd} outside the range this factory numbers");
        }

        // An affine map modulo 10^digits is a bijection (Spread is prime to 10), the offset differing by day;
        // reversing the digits hides the map's constant step. Within one table no two counters meet.
        var offset = (ulong)(((UInt128)(ulong)(day + 1) * Spread) % capacity);
        while (true)
        {
            var counter = (ulong)table[day]++;
            if (counter >= capacity)
            {
                throw new InvalidOperationException($"identifier '{definition.Id}': every number for one birth date is taken");
            }

            var free = (ulong)(((UInt128)counter * Spread + offset) % capacity);
            Compose(born, coded, free);
            var number = new string(buffer);
            if (!taken.Contains(number))
            {
                return number;
            }
        }
    }

    private bool IsFree(string group) =>
        group != definition.CheckDigit?.Group
        && (definition.BirthDate is not { } b || (group != b.YearGroup && group != b.MonthGroup && group != b.DayGroup && group != b.CenturyGroup))
        && group != definition.Sex?.Group;

    /// <summary>The value of each century or sex group: the first (in ordinal order) that says this century and sex.</summary>
    private (Dictionary<string, string> Values, int[] Counters) CodedValues(int century, Sex sex, bool foreign)
    {
        if (codedValues.TryGetValue((century, sex, foreign), out var known))
        {
            return known;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in new[] { definition.BirthDate?.CenturyGroup, definition.Sex?.Group }.OfType<string>().Distinct())
        {
            var length = layout.Parts.First(p => p.Group == group).Length;
            var candidates = (definition.BirthDate?.CenturyGroup == group ? definition.BirthDate.Centuries.Keys : definition.Sex!.Values.Keys)
                .Where(v => v.Length == length)
                .Where(v => definition.BirthDate?.CenturyGroup != group || definition.BirthDate.Centuries[v] == century)
                .Where(v => definition.Sex?.Group != group || definition.Sex.Values[v] == sex)
                .Where(v => !reservedForForeign.TryGetValue(group, out var reserved) || reserved.Contains(v) == foreign)
                .Order(StringComparer.Ordinal)
                .ToList();
            result[group] = candidates.Count > 0
                ? candidates[0]
                : throw new InvalidOperationException($"identifier '{definition.Id}': no value of group '{group}' encodes {century}s, {sex}{(foreign ? ", foreign" : "")}");
        }

        // Numbers with the same coded values share one counter table, whoever they were made for.
        var key = string.Join('|', result.Values);
        if (!counters.TryGetValue(key, out var table))
        {
            table = new int[days];
            counters[key] = table;
        }

        codedValues[(century, sex, foreign)] = (result, table);
        return (result, table);
    }

    private void Compose(DateOnly born, Dictionary<string, string> coded, ulong free)
    {
        Span<char> freeText = stackalloc char[freeDigits];
        for (var i = 0; i < freeDigits; i++)
        {
            freeText[i] = (char)('0' + (int)(free % 10));
            free /= 10;
        }

        var freeAt = 0;
        var at = 0;
        var checkAt = -1;
        foreach (var part in layout.Parts)
        {
            var text = part.Literal ?? GroupText(part, born, coded, freeText, ref freeAt);
            if (part.Group is not null && part.Group == definition.CheckDigit?.Group)
            {
                checkAt = at;
            }

            text.CopyTo(buffer.AsSpan(at));
            at += part.Length;
        }

        if (definition.CheckDigit is { } rule && checkAt >= 0)
        {
            var n = 0;
            for (var i = 0; i < buffer.Length; i++)
            {
                if (i != checkAt && char.IsAsciiDigit(buffer[i]))
                {
                    payload[n++] = buffer[i] - '0';
                }
            }

            buffer[checkAt] = (char)('0' + PersonIdentifierFormat.ComputeCheckDigit(new ArraySegment<int>(payload, 0, n), rule));
        }
    }

    private string GroupText(IdentifierPart part, DateOnly born, Dictionary<string, string> coded, ReadOnlySpan<char> freeText, ref int freeAt)
    {
        var group = part.Group!;
        if (coded.TryGetValue(group, out var value))
        {
            return value;
        }

        if (definition.BirthDate is { } b && (group == b.YearGroup || group == b.MonthGroup || group == b.DayGroup))
        {
            var number = group == b.YearGroup ? born.Year : group == b.MonthGroup ? born.Month : born.Day;
            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(part.Length, '0');
            return text[^part.Length..];
        }

        if (group == definition.CheckDigit?.Group)
        {
            return new string('0', part.Length);
        }

        var slice = new string(freeText.Slice(freeAt, part.Length));
        freeAt += part.Length;
        return slice;
    }
}
