using Egov.Platform.Packs;

namespace Egov.Platform.Tests.Packs;

public sealed class PackFormatterTests
{
    private static readonly Lazy<PackFormatter> Formatter = new(() => new PackFormatter(CountryPackLoader.Load(PackPaths.Kr).Pack!));

    [Theory]
    [InlineData("ko", 1000, "1,000원")]
    [InlineData("ko", 1234567.4, "1,234,567원")]
    [InlineData("en", 50000, "KRW 50,000")]
    [InlineData("ja", 0, "0ウォン")]
    public void Money_UsesPackPatternAndCultureGrouping(string language, double amount, string expected) =>
        Assert.Equal(expected, Formatter.Value.Money((decimal)amount, language));

    [Theory]
    [InlineData("ko", false, "2024. 3. 1.")]
    [InlineData("ko", true, "2024년 3월 1일 금요일")]
    [InlineData("ja", false, "2024/03/01")]
    public void Date_FollowsTheLanguageCulture(string language, bool longForm, string expected) =>
        Assert.Equal(expected, Formatter.Value.Date(new DateOnly(2024, 3, 1), language, longForm));
}
