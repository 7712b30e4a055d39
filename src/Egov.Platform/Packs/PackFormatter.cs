using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// Writes money and dates the way the pack's languages expect: the currency pattern of the pack
/// (<c>{0}원</c>) around a number grouped by the language's culture (<c>1,000원</c>).
/// </summary>
public sealed class PackFormatter
{
    private readonly CountryPack pack;

    public PackFormatter(CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        this.pack = pack;
    }

    /// <summary>An amount in the pack's currency, rounded to its minor digits.</summary>
    public string Money(decimal amount, string language)
    {
        var culture = Culture(language);
        var number = amount.ToString("N" + pack.Currency.Decimals.ToString(CultureInfo.InvariantCulture), culture);
        var pattern = pack.Currency.Patterns.TryGetValue(language, out var p) ? p : pack.Currency.Patterns[pack.DefaultLanguage];
        return string.Format(CultureInfo.InvariantCulture, pattern, number);
    }

    /// <summary>A date in the language's short (<c>2024. 3. 1.</c>) or long (<c>2024년 3월 1일 금요일</c>) form.</summary>
    public string Date(DateOnly date, string language, bool longForm = false) =>
        date.ToString(longForm ? "D" : "d", Culture(language));

    /// <summary>The culture of a pack language; the default language's for a language the pack lacks.</summary>
    public CultureInfo Culture(string language) =>
        CultureInfo.GetCultureInfo(pack.Languages.Contains(language) ? language : pack.DefaultLanguage);
}
