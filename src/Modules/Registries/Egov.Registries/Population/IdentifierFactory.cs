using Egov.Platform.Packs;

namespace Egov.Registries.Population;

/// <summary>
/// Composes numbers under one of the pack's identifier definitions, knowing no country: the birth-date groups
/// from the date, the century and sex groups from their value tables, the check digit by the check rule, and
/// every other ("free") group from a serial. Numbers of one birth date and one series (the values of the century
/// and sex groups) differ exactly when their serials differ: the serial is spread over the free digits by a
/// bijection (multiplication by a constant prime to 10, modulo 10^digits), so numbers look random yet never
/// repeat. The population generator counts serials up per birth date (<see cref="IdentifierSequence"/>); the
/// register draws them at random for a newborn and skips those taken (<c>ResidentNumberIssuer</c>).
/// Not thread-safe (it composes into one buffer): one instance per generator run or per request.
/// </summary>
internal sealed class IdentifierFactory
{
    private const ulong Spread = 11400714819323198487UL;
    private readonly IdentifierDefinition definition;
    private readonly IdentifierLayout layout;
    private readonly int freeDigits;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> reservedForForeign;
    private readonly Dictionary<string, IdentifierSeries> seriesByValues = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Century, Sex Sex, bool Foreign), IdentifierSeries> series = [];
    private readonly char[] buffer;
    private readonly int[] payload;

    /// <param name="definition">The pack's identifier.</param>
    /// <param name="reservedForForeign">Per group, the values only foreign nationals get (the pack's population settings).</param>
    public IdentifierFactory(IdentifierDefinition definition, IReadOnlyDictionary<string, IReadOnlyList<string>>? reservedForForeign = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        layout = IdentifierLayout.TryRead(definition.Pattern, out var problem)
            ?? throw new InvalidOperationException($"identifier '{definition.Id}' cannot be generated: {problem}");
        this.reservedForForeign = reservedForForeign ?? new Dictionary<string, IReadOnlyList<string>>();
        freeDigits = layout.Parts.Where(p => p.Group is { } g && IsFree(g)).Sum(p => p.Length);
        Serials = freeDigits >= 19 ? ulong.MaxValue : (ulong)Math.Pow(10, freeDigits);
        buffer = new char[layout.Parts.Sum(p => p.Length)];
        payload = new int[buffer.Length];
    }

    public string Id => definition.Id;

    /// <summary>How many numbers one birth date and series hold: serials run from 0 to this, excluded.</summary>
    public ulong Serials { get; }

    /// <summary>True when the identifier holds the birth date: then each date has its own serials, otherwise all dates share one range.</summary>
    public bool HasBirthDate => definition.BirthDate is not null;

    /// <summary>The series of a person born on <paramref name="born"/>: the first values (in ordinal order) of the century and sex groups that say so.</summary>
    public IdentifierSeries SeriesFor(DateOnly born, Sex sex, bool foreign)
    {
        var century = born.Year - (born.Year % 100);
        if (series.TryGetValue((century, sex, foreign), out var known))
        {
            return known;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
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
            values[group] = candidates.Count > 0
                ? candidates[0]
                : throw new InvalidOperationException($"identifier '{definition.Id}': no value of group '{group}' encodes {century}s, {sex}{(foreign ? ", foreign" : "")}");
        }

        // Numbers with the same coded values are one series, whoever they were made for.
        var key = string.Join('|', values.Values);
        if (!seriesByValues.TryGetValue(key, out var found))
        {
            found = new IdentifierSeries(seriesByValues.Count, values);
            seriesByValues[key] = found;
        }

        series[(century, sex, foreign)] = found;
        return found;
    }

    /// <summary>The number with <paramref name="serial"/> in <paramref name="series"/> for a person born on <paramref name="born"/>.</summary>
    public string Compose(DateOnly born, IdentifierSeries series, ulong serial)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(serial, Serials);

        // An affine map modulo 10^digits is a bijection (Spread is prime to 10), the offset differing by date;
        // reversing the digits hides the map's constant step. Within one date and series no two serials meet.
        var day = HasBirthDate ? (ulong)born.DayNumber : 0;
        var offset = (ulong)(((UInt128)(day + 1) * Spread) % Serials);
        var free = (ulong)(((UInt128)serial * Spread + offset) % Serials);
        Compose(born, series.Values, free);
        return new string(buffer);
    }

    private bool IsFree(string group) =>
        group != definition.CheckDigit?.Group
        && (definition.BirthDate is not { } b || (group != b.YearGroup && group != b.MonthGroup && group != b.DayGroup && group != b.CenturyGroup))
        && group != definition.Sex?.Group;

    private void Compose(DateOnly born, IReadOnlyDictionary<string, string> coded, ulong free)
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

    private string GroupText(IdentifierPart part, DateOnly born, IReadOnlyDictionary<string, string> coded, ReadOnlySpan<char> freeText, ref int freeAt)
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

/// <summary>The values of an identifier's century and sex groups: one range of serials per birth date.</summary>
/// <param name="Index">Its number among the factory's series, in the order they were first asked for.</param>
/// <param name="Values">The value of each coded group.</param>
internal sealed record IdentifierSeries(int Index, IReadOnlyDictionary<string, string> Values);
