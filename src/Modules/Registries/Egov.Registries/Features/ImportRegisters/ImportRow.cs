using System.Globalization;
using Egov.Platform.Packs;
using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// One row of a population file being validated: typed reads of its fields by column name, each of which
/// records an <see cref="ImportError"/> naming the file, line and column when the value is not what the format
/// says. Reasons describe the value's fault, never the value.
/// </summary>
internal sealed class ImportRow(PopulationFile file, List<ImportError> errors)
{
    private List<string> fields = [];
    private int errorsAtStart;

    public PopulationFile File => file;

    public long Line { get; private set; }

    /// <summary>True when a read of this row has recorded an error.</summary>
    public bool Failed => errors.Count > errorsAtStart;

    public void Reset(long line, List<string> values)
    {
        Line = line;
        fields = values;
        errorsAtStart = errors.Count;
    }

    public void Fail(string column, string reason) => errors.Add(new ImportError(file.Name, Line, column, reason));

    public string? Optional(string column, int maxLength)
    {
        var value = fields[Index(column)];
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Fail(column, $"longer than {maxLength} characters");
        }

        return value;
    }

    public string Required(string column, int maxLength)
    {
        var value = Optional(column, maxLength);
        if (value is null)
        {
            Fail(column, "required");
        }

        return value ?? "";
    }

    /// <summary>A code of a fixed list (<c>alive</c>, <c>spouse</c>…).</summary>
    public string? Code(string column, IReadOnlySet<string> allowed, bool required = true)
    {
        var value = required ? Required(column, 32) : Optional(column, 32);
        if (value is { Length: > 0 } && !allowed.Contains(value))
        {
            Fail(column, $"not one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
        }

        return value;
    }

    /// <summary>A positive integer id.</summary>
    public long Id(string column) => OptionalId(column) ?? Missing(column, 0L);

    public long? OptionalId(string column)
    {
        var text = fields[Index(column)];
        if (text.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            Fail(column, "not a positive integer");
            return 0;
        }

        return id;
    }

    public DateOnly Date(string column) => OptionalDate(column) ?? Missing(column, default(DateOnly));

    public DateOnly? OptionalDate(string column)
    {
        var text = fields[Index(column)];
        if (text.Length == 0)
        {
            return null;
        }

        if (!TryParseDate(text, out var date))
        {
            Fail(column, "not a date yyyy-MM-dd");
        }

        return date;
    }

    /// <summary>yyyy-MM-dd read by hand: the general parser costs some twenty times more, on every date of a national file.</summary>
    private static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var day)
            || year == 0 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public long Long(string column, long min = 0)
    {
        var text = fields[Index(column)];
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            Fail(column, text.Length == 0 ? "required" : $"not an integer of at least {min}");
        }

        return value;
    }

    public int Int(string column, int min = 0, int max = int.MaxValue)
    {
        var value = Long(column, min);
        if (value > max)
        {
            Fail(column, $"more than {max}");
            return 0;
        }

        return (int)value;
    }

    /// <summary>A decimal with a <c>.</c> and at most two decimals, which the registers keep (areas).</summary>
    public decimal Area(string column)
    {
        var text = fields[Index(column)];
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value.Scale > 2 || value >= 1_000_000_000_000m)
        {
            Fail(column, text.Length == 0 ? "required" : "not a decimal with at most two decimals (84.97)");
        }

        return value;
    }

    /// <summary>A positive integer id that a row of an earlier file (or batch) must have.</summary>
    public long? Reference(string column, FileIdSet known, PopulationFile target, bool required = true)
    {
        var id = required ? Id(column) : OptionalId(column);
        if (id is > 0 and var found && !known.Contains(found))
        {
            Fail(column, $"no row with this id in {target.Name}");
        }

        return id;
    }

    /// <summary>A region of the pack's deepest level (a dwelling, a parcel is in one place).</summary>
    public string? Region(string column, RegionDirectory regions, bool required = true)
    {
        var code = required ? Required(column, 16) : Optional(column, 16);
        if (code is { Length: > 0 })
        {
            if (regions.Find(code) is null)
            {
                Fail(column, "not a region code of the pack");
            }
            else if (regions.ChildrenOf(code).Any())
            {
                Fail(column, "a region with subdivisions: give the subdivision's code");
            }
        }

        return code;
    }

    /// <summary>Two optional dates of which the second, when both are given, is not before the first.</summary>
    public (DateOnly? Since, DateOnly? Until) Period(string sinceColumn, string untilColumn)
    {
        var since = OptionalDate(sinceColumn);
        var until = OptionalDate(untilColumn);
        if (since is { } start)
        {
            NotBefore(untilColumn, until, start, sinceColumn);
        }

        return (since, until);
    }

    /// <summary>A later date must not come before an earlier one (moved out before moving in…).</summary>
    public void NotBefore(string column, DateOnly? later, DateOnly earlier, string earlierColumn)
    {
        if (later is { } date && date < earlier)
        {
            Fail(column, $"before {earlierColumn}");
        }
    }

    private T Missing<T>(string column, T fallback)
    {
        Fail(column, "required");
        return fallback;
    }

    private int Index(string column)
    {
        var columns = file.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (ReferenceEquals(columns[i], column) || columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"{file.Name} has no column {column}", nameof(column));
    }
}
