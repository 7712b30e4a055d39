using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Egov.Platform.Packs;

namespace Egov.Platform.Localization;

/// <summary>
/// Writes dates, numbers and money the way the reader's language does (<c>1,000원</c> in Korean,
/// <c>KRW 1,000</c> in English), using the request's culture and the pack's currency patterns.
/// </summary>
[SuppressMessage("Performance", "CA1822", Justification = "One injected formatter for views; callers should not care which formats need the pack.")]
public sealed class CultureFormat(CountryPack pack)
{
    /// <summary>A calendar date in the culture's long form (2025년 3월 1일, March 1, 2025, 2025年3月1日).</summary>
    public string Date(DateOnly date) =>
        date.ToString(LongDateWithoutWeekday(CultureInfo.CurrentCulture), CultureInfo.CurrentCulture);

    /// <summary>
    /// An instant as the country's clock showed it (the pack's time zone), in the culture's long date and short
    /// time (2025년 3월 1일 오후 3:05, March 1, 2025 3:05 PM): a resident reads times on their own clock.
    /// </summary>
    public string DateTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, pack.TimeZone);
        var culture = CultureInfo.CurrentCulture;
        return local.ToString(LongDateWithoutWeekday(culture) + " " + culture.DateTimeFormat.ShortTimePattern, culture);
    }

    /// <summary>A number with the culture's group separators.</summary>
    public string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>An amount of the pack's currency, with its minor digits and the language's pattern.</summary>
    public string Money(decimal amount)
    {
        var number = Number(amount, pack.Currency.Decimals);
        var culture = CultureInfo.CurrentCulture;
        var pattern = pack.Currency.Patterns.TryGetValue(culture.Name, out var p)
            || pack.Currency.Patterns.TryGetValue(culture.TwoLetterISOLanguageName, out p)
            ? p
            : pack.Currency.Code + " {0}";
        return string.Format(culture, pattern, number);
    }

    /// <summary>
    /// The culture's long date pattern without the weekday: a government page states a date, and the
    /// weekday only lengthens it (and is absent from many official forms).
    /// </summary>
    private static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern;
        var withoutWeekday = pattern.Replace("dddd", "", StringComparison.Ordinal)
            .Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Trim(' ', ',');
        return withoutWeekday.Length == 0 ? "D" : withoutWeekday;
    }
}
