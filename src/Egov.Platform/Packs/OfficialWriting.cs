using System.Globalization;
using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>
/// The pack's rules for writing official documents (<c>writing.yaml</c>): how a date and an amount of money are
/// written, and the fixed words of the document's layout in each language. Korea writes <c>2025. 3. 9.</c> and
/// <c>금113,560원(금일십일만삼천오백육십원)</c>; Japan <c>2025年3月9日</c> and <c>金113,560円(金拾壱万参千五百六拾円)</c>:
/// the same code, another file.
/// </summary>
/// <param name="DatePattern">A .NET custom date pattern, applied with the invariant culture (<c>yyyy. M. d.</c>).</param>
/// <param name="AmountPattern">How an amount is written, with <c>{figures}</c> and <c>{words}</c> in it.</param>
/// <param name="GroupSeparator">What separates groups of three digits in the figures (<c>,</c>).</param>
/// <param name="Words">How numbers are written in words.</param>
/// <param name="Labels">The layout's fixed words by key (<see cref="LabelKeys"/>), then by language.</param>
public sealed partial record OfficialWriting(
    string DatePattern,
    string AmountPattern,
    string GroupSeparator,
    NumberWords Words,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels)
{
    /// <summary>The labels every pack's <c>writing.yaml</c> gives, in each of its languages.</summary>
    public static IReadOnlyList<string> LabelKeys { get; } =
    [
        "recipient", "recipientsBelow", "recipients", "via", "copies", "subject", "attachments", "end",
        "enforcement", "receipt", "retention", "draft", "review", "cooperation", "delegated", "proxy", "final",
        "sealInscription",
    ];

    /// <summary>What the seal reads beside <paramref name="sender"/> in <paramref name="language"/> (label <c>sealInscription</c>).</summary>
    public string SealInscription(string sender, string language) =>
        Label("sealInscription", language).Replace("{sender}", sender, StringComparison.Ordinal);

    /// <summary><paramref name="date"/> as official documents write it.</summary>
    public string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>An amount of money in figures and in words, as the pack's pattern puts them (<c>금113,560원(금일십일만삼천오백육십원)</c>).</summary>
    public string Amount(long amount) => AmountPattern
        .Replace("{figures}", Figures(amount), StringComparison.Ordinal)
        .Replace("{words}", Words.Write(amount), StringComparison.Ordinal);

    /// <summary><paramref name="amount"/> in digits grouped by three (<c>113,560</c>); negative amounts are refused.</summary>
    public string Figures(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", GroupSeparator, StringComparison.Ordinal);
    }

    /// <summary>The layout word <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Label(string key, string language) =>
        Labels.TryGetValue(key, out var texts) && texts.TryGetValue(language, out var text)
            ? text
            : throw new KeyNotFoundException($"writing.yaml has no label '{key}' in '{language}'.");

    /// <summary>
    /// A text with its dates and amounts written by the rules: <c>{date:2025-03-09}</c> becomes <c>2025. 3. 9.</c>,
    /// <c>{amount:113560}</c> becomes <c>금113,560원(금일십일만삼천오백육십원)</c>, so a drafter writes a body once and the
    /// pack decides how it reads. Other text, braces included, is kept as it is.
    /// </summary>
    /// <exception cref="FormatException">A date or amount in braces that is not one, naming it.</exception>
    public string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Token().Replace(text, match =>
        {
            var value = match.Groups["value"].Value;
            if (match.Groups["kind"].Value == "date")
            {
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Date(date)
                    : throw new FormatException($"{match.Value}: a date is written yyyy-MM-dd.");
            }

            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= Words.Largest
                ? Amount(amount)
                : throw new FormatException($"{match.Value}: an amount is written in digits only, at most {Words.Largest}.");
        });
    }

    [GeneratedRegex(@"\{(?<kind>date|amount):(?<value>[^{}]*)\}")]
    private static partial Regex Token();
}
