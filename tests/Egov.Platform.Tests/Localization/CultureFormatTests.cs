using Egov.Platform.Localization;

namespace Egov.Platform.Tests.Localization;

public sealed class CultureFormatTests
{
    private readonly CultureFormat _format = new(TestPacks.Korea());

    [Theory]
    [InlineData("ko", 1000, "1,000원")]
    [InlineData("ko", 1234567.4, "1,234,567원")]
    [InlineData("en", 50000, "KRW 50,000")]
    [InlineData("ja", 0, "0ウォン")]
    public void Money_FollowsTheLanguagesPattern_RoundedToTheCurrencysDigits(string language, double amount, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, _format.Money((decimal)amount));
    }

    [Theory]
    [InlineData("ko", "2025년 3월 1일")]
    [InlineData("en", "March 1, 2025")]
    [InlineData("ja", "2025年3月1日")]
    public void Date_IsTheLongFormWithoutWeekday(string language, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, _format.Date(new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [InlineData("ko", "2025년 3월 2일 오전 12:05")]
    [InlineData("en", "March 2, 2025 12:05\u202FAM")] // ICU puts a narrow no-break space before AM
    [InlineData("ja", "2025年3月2日 0:05")]
    public void DateTime_IsThePacksClock_InTheLanguagesForm(string language, string expected)
    {
        using var _ = new CultureScope(language);

        // 15:05 UTC on 1 March is five past midnight on 2 March in Seoul.
        Assert.Equal(expected, _format.DateTime(new DateTimeOffset(2025, 3, 1, 15, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Number_GroupsDigits()
    {
        using var _ = new CultureScope("ko");

        Assert.Equal("1,234,567.5", _format.Number(1234567.5m, 1));
    }
}
