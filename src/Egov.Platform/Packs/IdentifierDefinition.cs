namespace Egov.Platform.Packs;

/// <summary>
/// A person identifier as a pack declares it: a pattern with named groups plus optional birth-date,
/// sex and check-digit rules that refer to those groups. Korea's resident registration number and
/// Japan's My Number are both instances; no country is known to the code.
/// </summary>
public sealed record IdentifierDefinition
{
    /// <summary>Pack-unique id (<c>rrn</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What it identifies (<c>person</c>).</summary>
    public string Kind { get; init; } = "person";

    /// <summary>Display name per language.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Characters people type between digits (<c>"- "</c>), removed before matching.</summary>
    public string Ignore { get; init; } = "";

    /// <summary>Regular expression over the cleaned value, with named groups the rules refer to.</summary>
    public required string Pattern { get; init; }

    public BirthDateRule? BirthDate { get; init; }

    public SexRule? Sex { get; init; }

    public CheckDigitRule? CheckDigit { get; init; }

    /// <summary>Display template with <c>{group}</c> placeholders; the cleaned value when null.</summary>
    public string? Display { get; init; }

    /// <summary>Template that hides the private part (<c>{yy}{mm}{dd}-{s}******</c>).</summary>
    public string? Masked { get; init; }
}

/// <summary>
/// Where the birth date sits: year, month and day groups, and, when the year has two digits, a group
/// whose value picks the century from <see cref="Centuries"/> (digit to first year of the century).
/// </summary>
public sealed record BirthDateRule(
    string YearGroup,
    string MonthGroup,
    string DayGroup,
    string? CenturyGroup,
    IReadOnlyDictionary<string, int> Centuries);

/// <summary>The group that encodes sex and the value for each possible content of that group.</summary>
public sealed record SexRule(string Group, IReadOnlyDictionary<string, Sex> Values);

/// <summary>
/// A weighted-modulus check digit: the digits outside <see cref="Group"/>, left to right, are multiplied
/// by <see cref="Weights"/>; the sum modulo <see cref="Modulus"/> indexes <see cref="Values"/>, which
/// gives the expected digit. When <see cref="AppliesWhenBirthDateBefore"/> is set, people born on or after
/// it are not checked (their numbers may have been issued under a rule without a check digit).
/// </summary>
public sealed record CheckDigitRule(
    string Group,
    IReadOnlyList<int> Weights,
    int Modulus,
    IReadOnlyList<int> Values,
    DateOnly? AppliesWhenBirthDateBefore = null);
