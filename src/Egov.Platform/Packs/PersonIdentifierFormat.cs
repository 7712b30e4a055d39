using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>
/// Validates, displays and masks identifiers of one <see cref="IdentifierDefinition"/>. Immutable and
/// thread-safe; build once per pack.
/// </summary>
public sealed partial class PersonIdentifierFormat
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex regex;

    /// <summary>Compiles the definition's pattern.</summary>
    /// <exception cref="ArgumentException">The pattern does not compile, or the check-digit rule is incoherent.</exception>
    public PersonIdentifierFormat(IdentifierDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.CheckDigit is { } rule && (rule.Modulus < 2 || rule.Values.Count != rule.Modulus || rule.Weights.Count == 0))
        {
            throw new ArgumentException("a check-digit rule needs weights, a modulus of 2 or more and one value per remainder", nameof(definition));
        }

        Definition = definition;
        // Compiled: an import checks millions of numbers, and the interpreted pattern was a third of its time.
        regex = new Regex(definition.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
    }

    public IdentifierDefinition Definition { get; }

    /// <summary>Checks a value as typed by a person (separators allowed).</summary>
    public IdentifierCheck Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fail(IdentifierError.Empty, null, null);
        }

        var normalized = Clean(value);
        var match = regex.Match(normalized);
        if (!match.Success)
        {
            return Fail(IdentifierError.Format, null, null);
        }

        DateOnly? birthDate = null;
        if (Definition.BirthDate is { } dateRule)
        {
            var (date, error) = ReadBirthDate(match, dateRule);
            if (error != IdentifierError.None)
            {
                return Fail(error, normalized, null);
            }

            birthDate = date;
        }

        Sex? sex = null;
        if (Definition.Sex is { } sexRule)
        {
            if (!sexRule.Values.TryGetValue(match.Groups[sexRule.Group].Value, out var found))
            {
                return Fail(IdentifierError.UnknownSex, normalized, birthDate);
            }

            sex = found;
        }

        if (Definition.CheckDigit is { } checkRule && CheckApplies(checkRule, birthDate)
            && !CheckDigitHolds(normalized, match.Groups[checkRule.Group], checkRule))
        {
            return new IdentifierCheck(false, IdentifierError.CheckDigit, normalized, birthDate, sex);
        }

        return new IdentifierCheck(true, IdentifierError.None, normalized, birthDate, sex);
    }

    /// <summary>The value in its display form (<c>900101-1234568</c>); null when it does not match the pattern.</summary>
    public string? Format(string? value) => Render(value, Definition.Display);

    /// <summary>The value with its private part hidden (<c>900101-1******</c>); null when it does not match.</summary>
    public string? Mask(string? value) => Definition.Masked is null ? null : Render(value, Definition.Masked);

    /// <summary>
    /// A mask in the shape of <paramref name="example"/> whose shown digits of the last masked group come from
    /// <paramref name="seed"/>: what a page shows when nothing matched, indistinguishable from a real mask.
    /// </summary>
    public string? DecoyMask(string example, ReadOnlySpan<byte> seed)
    {
        if (Definition.Masked is not { } template || PlaceholdersIn(template).LastOrDefault() is not { } last
            || regex.Match(Clean(example)) is not { Success: true } match)
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in match.Groups[last].Value)
        {
            digits.Append(char.IsAsciiDigit(c) && seed.Length > 0 ? (char)('0' + (seed[digits.Length % seed.Length] % 10)) : c);
        }

        return Placeholder().Replace(template, m => m.Groups[1].Value == last ? digits.ToString() : match.Groups[m.Groups[1].Value].Value);
    }

    /// <summary>Computes the check digit a payload must end with; exposed for synthetic data generation.</summary>
    public static int ComputeCheckDigit(IReadOnlyList<int> payloadDigits, CheckDigitRule rule)
    {
        ArgumentNullException.ThrowIfNull(payloadDigits);
        ArgumentNullException.ThrowIfNull(rule);
        if (payloadDigits.Count != rule.Weights.Count)
        {
            throw new ArgumentException($"expected {rule.Weights.Count} digits, got {payloadDigits.Count}", nameof(payloadDigits));
        }

        var sum = 0;
        for (var i = 0; i < payloadDigits.Count; i++)
        {
            sum += payloadDigits[i] * rule.Weights[i];
        }

        return rule.Values[sum % rule.Modulus];
    }

    private string Clean(string value)
    {
        var trimmed = value.Trim();
        if (Definition.Ignore.Length == 0)
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!Definition.Ignore.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static (DateOnly? Date, IdentifierError Error) ReadBirthDate(Match match, BirthDateRule rule)
    {
        var yearText = match.Groups[rule.YearGroup].Value;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups[rule.MonthGroup].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(match.Groups[rule.DayGroup].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return (null, IdentifierError.InvalidBirthDate);
        }

        if (rule.CenturyGroup is { } centuryGroup)
        {
            if (!rule.Centuries.TryGetValue(match.Groups[centuryGroup].Value, out var century))
            {
                return (null, IdentifierError.UnknownCentury);
            }

            year += century;
        }

        // A date that does not exist (30 February, 29 February of a common year) is an invalid number, not an exception.
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, IdentifierError.InvalidBirthDate);
        }

        return (new DateOnly(year, month, day), IdentifierError.None);
    }

    private static bool CheckApplies(CheckDigitRule rule, DateOnly? birthDate) =>
        rule.AppliesWhenBirthDateBefore is not { } cutoff || birthDate is not { } born || born < cutoff;

    private static bool CheckDigitHolds(string normalized, Group checkGroup, CheckDigitRule rule)
    {
        if (!checkGroup.Success || checkGroup.Length != 1 || !char.IsAsciiDigit(checkGroup.Value[0]))
        {
            return false;
        }

        var payload = new List<int>(rule.Weights.Count);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i != checkGroup.Index && char.IsAsciiDigit(normalized[i]))
            {
                payload.Add(normalized[i] - '0');
            }
        }

        return payload.Count == rule.Weights.Count
            && ComputeCheckDigit(payload, rule) == checkGroup.Value[0] - '0';
    }

    private string? Render(string? value, string? template)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalized = Clean(value);
        var match = regex.Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        return template is null
            ? normalized
            : Placeholder().Replace(template, m => match.Groups[m.Groups[1].Value].Value);
    }

    /// <summary>Group names a template refers to, for pack validation.</summary>
    internal static IEnumerable<string> PlaceholdersIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Placeholder();

    private static IdentifierCheck Fail(IdentifierError error, string? normalized, DateOnly? birthDate) =>
        new(false, error, normalized, birthDate, null);
}
